import type { RateLimitStatus, ResellerAccount } from '../types'
import type { SuccessEnvelope } from './envelope'
import { FieldReader } from './field-reader'
import { dateSchema, nonNegativeIntegerSchema, signedMoneyMinorSchema } from './values'

/**
 * Parses `GET /account`. `rateLimits` is documented, but the docs sample shows it at the
 * top level of a trimmed snippet. So it is read from `payload` first and the root second.
 */
export function parseAccount(envelope: SuccessEnvelope): ResellerAccount {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const rateLimitsReader = payload.child(['rateLimits']) ?? envelope.root.child(['rateLimits'])

  // NOTE: the balance field name is not documented. "balance" is the best guess; the
  // others are common spellings. A missing balance gives null, never 0.
  const balanceMinor = payload.optional(['balance', 'resellerBalance', 'reseller_balance'], signedMoneyMinorSchema)

  return {
    balanceMinor,
    rateLimits: rateLimitsReader === null ? null : parseRateLimits(rateLimitsReader),
    extra: payload.extra(),
  }
}

function parseRateLimits(reader: FieldReader): RateLimitStatus {
  return {
    requestsPerHour: reader.required(['requestsPerHour'], nonNegativeIntegerSchema),
    requestsUsed: reader.required(['requestsUsed'], nonNegativeIntegerSchema),
    requestsRemaining: reader.required(['requestsRemaining'], nonNegativeIntegerSchema),
    resetAt: reader.required(['resetAt'], dateSchema),
  }
}
