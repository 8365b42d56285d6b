import { z } from 'zod'

import { CatProxiesResponseError } from '../errors'

/**
 * Reads one raw JSON object field by field. Each field may be spelled several ways
 * upstream, so every lookup takes a list of candidate keys and uses the first one that
 * contains a non-null value. Keys that were looked up are marked as consumed, and `extra()`
 * returns everything else, so unknown fields are kept rather than dropped.
 *
 * Every failure throws CatProxiesResponseError whose `fieldPath` names the exact field,
 * e.g. `payload.products[3].resellerPrice`.
 */
export class FieldReader {
  private readonly consumed = new Set<string>()

  private constructor(
    readonly raw: Record<string, unknown>,
    readonly path: string,
  ) {}

  static from(value: unknown, path: string): FieldReader {
    const reader = FieldReader.tryFrom(value, path)
    if (reader === null) {
      throw new CatProxiesResponseError(path, `expected an object, got ${describeType(value)}`)
    }

    return reader
  }

  static tryFrom(value: unknown, path: string): FieldReader | null {
    return isPlainObject(value) ? new FieldReader(value, path) : null
  }

  /** Returns the first present candidate parsed by `schema`, or null when none is present. */
  optional<T>(keys: readonly string[], schema: z.ZodType<T>): T | null {
    const found = this.find(keys)
    if (found === null) return null

    return parseValue(schema, found.value, joinPath(this.path, found.key))
  }

  required<T>(keys: readonly string[], schema: z.ZodType<T>): T {
    const value = this.optional(keys, schema)
    if (value === null) {
      const alternatives = keys.length > 1 ? ` (also tried ${keys.slice(1).join(', ')})` : ''
      throw new CatProxiesResponseError(joinPath(this.path, keys[0] ?? '?'), `missing${alternatives}`)
    }

    return value
  }

  /** Returns a reader for the first candidate that contains an object, or null. */
  child(keys: readonly string[]): FieldReader | null {
    const found = this.find(keys)
    if (found === null) return null

    return FieldReader.from(found.value, joinPath(this.path, found.key))
  }

  /** Returns the first candidate that contains an array, with its path, or null. */
  array(keys: readonly string[]): { items: unknown[]; path: string } | null {
    const found = this.find(keys)
    if (found === null) return null
    if (!Array.isArray(found.value)) {
      const path = joinPath(this.path, found.key)
      throw new CatProxiesResponseError(path, `expected an array, got ${describeType(found.value)}`)
    }

    return { items: found.value, path: joinPath(this.path, found.key) }
  }

  /** Marks a key as not consumed, so `extra()` keeps a raw value that could not be mapped. */
  keep(key: string): void {
    this.consumed.delete(key)
  }

  extra(): Record<string, unknown> {
    const extra: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(this.raw)) {
      if (!this.consumed.has(key)) extra[key] = value
    }

    return extra
  }

  private find(keys: readonly string[]): { key: string; value: unknown } | null {
    for (const key of keys) this.consumed.add(key)
    for (const key of keys) {
      const value = this.raw[key]
      if (value !== undefined && value !== null) return { key, value }
    }

    return null
  }
}

/** Parses `value` with `schema`, or throws CatProxiesResponseError naming the failing path. */
export function parseValue<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data

  const issue = result.error.issues[0]
  const issuePath = (issue?.path ?? []).reduce<string>(
    (joined, segment) => joinPath(joined, typeof segment === 'symbol' ? String(segment) : segment),
    path,
  )

  throw new CatProxiesResponseError(issuePath, `${issue?.message ?? 'invalid value'} (got ${describeValue(value)})`)
}

export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`

  return base === '' ? segment : `${base}.${segment}`
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'

  return typeof value
}

/** Short description for error messages; never more than a few characters of the value. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)

  return describeType(value)
}
