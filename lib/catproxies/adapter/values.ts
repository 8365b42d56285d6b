import { z } from 'zod'

import { MoneyParseError, parseDecimalToMinor } from '@/lib/money/money'
import { PROXY_TYPES, type ProxyType } from '../types'

/**
 * Value schemas shared by the parsers. Upstream sends numbers sometimes as JSON numbers
 * and sometimes as numeric strings ("2.5"), so every numeric schema accepts both.
 */

const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/

export const numberSchema = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(NUMERIC_TEXT, 'expected a number or a numeric string')
    .transform(Number),
])

export const integerSchema = numberSchema.pipe(z.number().int('expected an integer'))

export const nonNegativeIntegerSchema = integerSchema.pipe(z.number().nonnegative('expected 0 or more'))

/** Ids are opaque strings upstream; numeric ids are accepted and turned into strings. */
export const idSchema = z.union([
  z.string().trim().min(1, 'expected a non-empty id'),
  z.number().int().nonnegative().transform(String),
])

/** Free text; numbers are accepted because a password or name may look numeric. */
export const textSchema = z.union([z.string(), z.number().transform(String)])

export const booleanSchema = z.union([
  z.boolean(),
  z.literal(1).transform(() => true),
  z.literal(0).transform(() => false),
  z.enum(['true', 'false']).transform((text) => text === 'true'),
])

/** Schema that parses a non-negative decimal price in major units ("2.5", 2.5) into integer minor units. */
export const moneyMinorSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  try {
    return parseDecimalToMinor(value)
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error
    context.addIssue({ code: 'custom', message: 'expected a non-negative decimal amount such as "2.50"', input: value })

    return z.NEVER
  }
})

/** Like moneyMinorSchema, but a leading minus sign is kept (an overdrawn balance). */
export const signedMoneyMinorSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  const text = String(value).trim()
  const isNegative = text.startsWith('-')
  const parsed = moneyMinorSchema.safeParse(isNegative ? text.slice(1) : text)
  if (!parsed.success) {
    context.addIssue({ code: 'custom', message: 'expected a decimal amount such as "2.50"', input: value })

    return z.NEVER
  }

  return isNegative ? -parsed.data : parsed.data
})

// Unix timestamps below this are taken as seconds, above it as milliseconds (year 2286).
const SECONDS_CUTOFF = 10_000_000_000

/** Schema that parses an ISO-8601 string, or a Unix timestamp in seconds or milliseconds, into a Date. */
export const dateSchema = z.union([z.string(), z.number()]).transform((value, context) => {
  let date: Date
  if (typeof value === 'string') date = new Date(value.trim())
  else date = new Date(value < SECONDS_CUTOFF ? value * 1000 : value)
  if (Number.isNaN(date.getTime())) {
    context.addIssue({ code: 'custom', message: 'expected an ISO-8601 date', input: value })

    return z.NEVER
  }

  return date
})

export const stringListSchema = z.array(textSchema)

const PROXY_TYPE_BY_LOWERCASE = new Map<string, ProxyType>(PROXY_TYPES.map((type) => [type.toLowerCase(), type]))

/**
 * Maps an upstream proxyType onto ours, ignoring case ("ISP", "IPv6p"), because the exact
 * spelling set comes from one third-party client. Returns null for an unknown value.
 */
export function normalizeProxyType(value: string): ProxyType | null {
  return PROXY_TYPE_BY_LOWERCASE.get(value.trim().toLowerCase()) ?? null
}
