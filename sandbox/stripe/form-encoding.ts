import { invalidRequest } from './api-error'

/**
 * A decoded form body. Bracket keys nest (`metadata[orderId]=42` → `{ metadata: { orderId: '42' } }`).
 * Array items stay objects keyed by index (`expand[0]=a` and `expand[]=a` both give `{ expand: { '0': 'a' } }`),
 * because only the parameter schema can tell an array item from a metadata key such as `metadata[0]`.
 * `formArray` in params.ts turns them into arrays.
 */
export type FormValue = string | FormObject
export type FormObject = { [key: string]: FormValue }

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/
const MAX_DEPTH = 8
const MAX_PAIRS = 2000
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

/**
 * Decodes `application/x-www-form-urlencoded` text (a POST body or a query string) in the
 * bracket notation that stripe-node writes. Throws a 400 StripeApiError on a malformed key,
 * on a key that is both a value and an object, and past the depth and size limits.
 */
export function parseFormEncoded(text: string): FormObject {
  const root: FormObject = {}
  const pairs = [...new URLSearchParams(text)]
  if (pairs.length > MAX_PAIRS) {
    throw invalidRequest(`Too many parameters: ${pairs.length} (the simulator accepts at most ${MAX_PAIRS}).`)
  }

  for (const [rawKey, value] of pairs) {
    assignPair(root, splitKey(rawKey), value, rawKey)
  }

  return root
}

function splitKey(rawKey: string): string[] {
  const match = KEY_PATTERN.exec(rawKey)
  if (!match || match[1] === undefined) {
    throw invalidRequest(`Invalid parameter name: '${rawKey}'.`)
  }

  const brackets = match[2] ?? ''
  const nested = [...brackets.matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? '')
  const segments = [match[1], ...nested]
  if (segments.length > MAX_DEPTH) {
    throw invalidRequest(`Parameter '${rawKey}' is nested deeper than ${MAX_DEPTH} levels.`)
  }
  if (segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
    throw invalidRequest(`Invalid parameter name: '${rawKey}'.`)
  }

  return segments
}

function assignPair(root: FormObject, segments: string[], value: string, rawKey: string): void {
  let container = root
  for (const [index, rawSegment] of segments.entries()) {
    // An empty segment (`expand[]`) appends, so it takes the next free index.
    const segment = rawSegment === '' ? String(Object.keys(container).length) : rawSegment
    const isLast = index === segments.length - 1
    if (isLast) {
      if (typeof container[segment] === 'object') {
        throw invalidRequest(`Parameter '${rawKey}' is given both as a value and as an object.`)
      }
      container[segment] = value

      return
    }

    const existing = container[segment]
    if (typeof existing === 'string') {
      throw invalidRequest(`Parameter '${rawKey}' is given both as a value and as an object.`)
    }
    const next: FormObject = existing ?? {}
    container[segment] = next
    container = next
  }
}
