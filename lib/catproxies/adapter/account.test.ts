import { describe, expect, it } from 'vitest'

import { parseAccount } from './account'
import { parseSuccessEnvelope } from './envelope'
import { catchResponseError, wrapPayload } from './testing'

const RATE_LIMITS = { requestsPerHour: 1000, requestsUsed: 47, requestsRemaining: 953, resetAt: '2025-11-29T21:00:00.000Z' }

describe('parseAccount', () => {
  it('reads rateLimits and balance from payload', () => {
    const account = parseAccount(wrapPayload({ rateLimits: RATE_LIMITS, balance: '125.5', email: 'r@example.com' }))

    expect(account.balanceMinor).toBe(12550)
    expect(account.rateLimits).toEqual({ ...RATE_LIMITS, resetAt: new Date('2025-11-29T21:00:00.000Z') })
    expect(account.extra).toEqual({ email: 'r@example.com' })
  })

  it('reads rateLimits at the root as in the docs sample', () => {
    const account = parseAccount(parseSuccessEnvelope({ rateLimits: RATE_LIMITS }))

    expect(account.rateLimits?.requestsUsed).toBe(47)
  })

  it('returns null for a missing balance, never 0', () => {
    const account = parseAccount(wrapPayload({ rateLimits: RATE_LIMITS }))

    expect(account.balanceMinor).toBeNull()
  })

  it('keeps the sign of an overdrawn balance', () => {
    expect(parseAccount(wrapPayload({ balance: '-3.25' })).balanceMinor).toBe(-325)
  })

  it('names a bad resetAt', () => {
    const error = catchResponseError(() => parseAccount(wrapPayload({ rateLimits: { ...RATE_LIMITS, resetAt: 'tomorrow' } })))

    expect(error.fieldPath).toBe('payload.rateLimits.resetAt')
  })

  it('names a missing requestsUsed', () => {
    const { requestsUsed: _unused, ...partial } = RATE_LIMITS
    const error = catchResponseError(() => parseAccount(wrapPayload({ rateLimits: partial })))

    expect(error.fieldPath).toBe('payload.rateLimits.requestsUsed')
  })
})
