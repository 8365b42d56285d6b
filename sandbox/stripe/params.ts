import { z } from 'zod'

import { invalidParam } from './api-error'
import type { FormObject, FormValue } from './form-encoding'

/**
 * Zod building blocks for Stripe's form parameters. Every value arrives as a string, so numbers
 * and booleans are parsed from text, and arrays arrive as index-keyed objects (see form-encoding.ts).
 * Messages follow the wording of Stripe's own errors where it is known.
 */

export function formString(maxLength = 5000) {
  return z.string().max(maxLength, { error: `This value must be at most ${maxLength} characters long.` })
}

export function formInteger(bounds: { min?: number; max?: number } = {}) {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds

  return z
    .string()
    .regex(/^-?\d+$/, { error: (issue) => `Invalid integer: ${String(issue.input)}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `This value must be greater than or equal to ${min}.` })
        .max(max, { error: `This value must be less than or equal to ${max}.` }),
    )
}

export function formBoolean() {
  return z
    .enum(['true', 'false'], { error: (issue) => `Invalid boolean: ${String(issue.input)}` })
    .transform((value) => value === 'true')
}

/** Accepts an http or https URL, as Stripe requires for success_url, cancel_url and webhook URLs. */
export function formUrl() {
  return formString(5000).refine(isHttpUrl, { error: 'Not a valid URL' })
}

export function formEmail() {
  return formString(800).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
    error: (issue) => `Invalid email address: ${String(issue.input)}`,
  })
}

/** Accepts a three-letter ISO 4217 code that Intl supports and lowercases it, as Stripe returns currencies. */
export function formCurrency() {
  return z
    .string()
    .transform((value) => value.toLowerCase())
    .refine((value) => SUPPORTED_CURRENCIES.has(value), {
      error: (issue) => `Invalid currency: ${String(issue.input)}.`,
    })
}

/** Accepts an array sent as `name[0]=…` or `name[]=…`. An empty string clears it, as in Stripe's API. */
export function formArray<Item extends z.ZodType>(item: Item, maxItems = 100) {
  return z.preprocess(
    indexedObjectToArray,
    z.array(item).max(maxItems, { error: `This list can contain at most ${maxItems} items.` }),
  )
}

/** Accepts metadata within Stripe's limits: at most 50 keys, keys up to 40 characters, values up to 500. */
export function formMetadata() {
  return z.preprocess(
    (value) => (value === '' ? {} : value),
    z.record(z.string(), z.string({ error: 'Metadata values must be strings.' })).superRefine((metadata, context) => {
      const keys = Object.keys(metadata)
      if (keys.length > 50) {
        context.addIssue({ code: 'custom', message: `You can have up to 50 metadata keys, but you passed ${keys.length}.` })
      }
      for (const [key, value] of Object.entries(metadata)) {
        if (key.length > 40) {
          context.addIssue({ code: 'custom', path: [key], message: 'Metadata keys can have up to 40 characters.' })
        }
        if (value.length > 500) {
          context.addIssue({
            code: 'custom',
            path: [key],
            message: `Metadata values can have up to 500 characters, but you passed in a value that is ${value.length} characters.`,
          })
        }
      }
    }),
  )
}

export const expandParam = formArray(formString(200), 20).optional()

export const paginationParams = {
  limit: formInteger({ min: 1, max: 100 }).optional(),
  starting_after: formString(255).optional(),
  ending_before: formString(255).optional(),
}

/**
 * Parses form parameters with a zod schema. Throws a 400 StripeApiError whose `param` names the
 * first invalid parameter in bracket notation, e.g. `line_items[0][price_data][unit_amount]`.
 */
export function parseParams<Schema extends z.ZodType>(schema: Schema, params: FormObject): z.output<Schema> {
  const result = schema.safeParse(params, { reportInput: true })
  if (result.success) {
    return result.data
  }

  const issue = result.error.issues[0]
  if (issue === undefined) {
    throw invalidParam('', 'Invalid request parameters.')
  }
  const param = formatParamPath(issue.path)
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    throw invalidParam(param, `Missing required param: ${param}.`, 'parameter_missing')
  }

  throw invalidParam(param, describeIssue(issue, param))
}

/** Lists the top-level parameters that a schema ignores, so the simulator can log them. */
export function findUnsupportedParams(shape: Record<string, unknown>, params: FormObject): string[] {
  return Object.keys(params).filter((key) => !Object.hasOwn(shape, key))
}

export function formatParamPath(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String)

  return `${head ?? ''}${rest.map((segment) => `[${segment}]`).join('')}`
}

function describeIssue(issue: z.core.$ZodIssue, param: string): string {
  if (issue.code === 'invalid_value') {
    return `Invalid ${param}: must be one of ${issue.values.map(String).join(', ')}`
  }
  if (issue.code === 'invalid_type') {
    return `Invalid ${param}: expected ${issue.expected === 'record' ? 'object' : issue.expected}.`
  }

  return issue.message
}

function indexedObjectToArray(value: unknown): unknown {
  if (value === '') {
    return []
  }
  if (typeof value === 'string') {
    return [value]
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value
  }

  const entries = Object.entries(value as Record<string, FormValue>)
  if (!entries.every(([key]) => /^\d+$/.test(key))) {
    return value
  }

  return entries.sort(([left], [right]) => Number(left) - Number(right)).map(([, item]) => item)
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)

    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const SUPPORTED_CURRENCIES = new Set(Intl.supportedValuesOf('currency').map((code) => code.toLowerCase()))
