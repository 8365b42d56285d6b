import { describe, expect, it } from 'vitest'

import { decideAcquisition, type StoredBucketState } from './budget-decision'
import { DEFAULT_BUDGET_POLICY } from './budget-policy'

const policy = DEFAULT_BUDGET_POLICY
const HOUR_START = Date.parse('2026-03-01T10:00:00.000Z')
const MID_HOUR = HOUR_START + 25 * 60_000
const TEN_MINUTE_START = HOUR_START + 20 * 60_000

function hourly(used: number, overrides: Partial<StoredBucketState> = {}): StoredBucketState {
  return { bucket: 'hourly', windowStartsAt: new Date(HOUR_START), used, blockedUntil: null, ...overrides }
}

function mobile(used: number, overrides: Partial<StoredBucketState> = {}): StoredBucketState {
  return { bucket: 'mobileTargeting', windowStartsAt: new Date(TEN_MINUTE_START), used, blockedUntil: null, ...overrides }
}

function refusal(decision: ReturnType<typeof decideAcquisition>) {
  if (decision.isGranted) throw new Error('expected a refusal, got a grant')

  return decision
}

describe('decideAcquisition', () => {
  it('grants and counts one request', () => {
    const decision = decideAcquisition({ states: [hourly(10)], priority: 'low', nowMs: MID_HOUR, policy })

    expect(decision).toEqual({ isGranted: true, spends: [{ bucket: 'hourly', windowStartsAt: new Date(HOUR_START), used: 11 }] })
  })

  it('starts a new window from zero', () => {
    const decision = decideAcquisition({ states: [hourly(1000, { windowStartsAt: new Date(HOUR_START - 3_600_000) })], priority: 'low', nowMs: MID_HOUR, policy })

    expect(decision).toEqual({ isGranted: true, spends: [{ bucket: 'hourly', windowStartsAt: new Date(HOUR_START), used: 1 }] })
  })

  it('treats a missing row as an empty window', () => {
    const decision = decideAcquisition({ states: [hourly(0, { windowStartsAt: null })], priority: 'high', nowMs: MID_HOUR, policy })

    expect(decision.isGranted).toBe(true)
  })

  it('keeps the reserve from low-priority reads', () => {
    const decision = refusal(decideAcquisition({ states: [hourly(800)], priority: 'low', nowMs: MID_HOUR, policy }))

    expect(decision.reason).toBe('reserved_for_high_priority')
    expect(decision.retryAt).toEqual(new Date(HOUR_START + 3_600_000 + policy.boundaryGuardMs))
  })

  it('lets high priority spend the reserve', () => {
    const decision = decideAcquisition({ states: [hourly(999)], priority: 'high', nowMs: MID_HOUR, policy })

    expect(decision).toEqual({ isGranted: true, spends: [{ bucket: 'hourly', windowStartsAt: new Date(HOUR_START), used: 1000 }] })
  })

  it('refuses high priority at the limit', () => {
    const decision = refusal(decideAcquisition({ states: [hourly(1000)], priority: 'high', nowMs: MID_HOUR, policy }))

    expect(decision.reason).toBe('exhausted')
    expect(decision.bucket).toBe('hourly')
  })

  it('refuses while a 429 block lasts', () => {
    const blockedUntil = new Date(MID_HOUR + 60_000)
    const decision = refusal(decideAcquisition({ states: [hourly(3, { blockedUntil })], priority: 'high', nowMs: MID_HOUR, policy }))

    expect(decision.reason).toBe('blocked_after_429')
    expect(decision.retryAt).toEqual(blockedUntil)
  })

  it('ignores a block that has passed', () => {
    const decision = decideAcquisition({ states: [hourly(3, { blockedUntil: new Date(MID_HOUR - 1) })], priority: 'high', nowMs: MID_HOUR, policy })

    expect(decision.isGranted).toBe(true)
  })

  it.each([
    ['just before the boundary', HOUR_START + 3_600_000 - 1, HOUR_START + 3_600_000 + policy.boundaryGuardMs],
    ['just after the boundary', HOUR_START + 1, HOUR_START + policy.boundaryGuardMs],
  ])('waits out the guard %s', (_name, nowMs, expectedRetryMs) => {
    const states = [hourly(0, { windowStartsAt: new Date(HOUR_START) })]
    const decision = refusal(decideAcquisition({ states, priority: 'high', nowMs, policy }))

    expect(decision.reason).toBe('window_boundary')
    expect(decision.retryAt).toEqual(new Date(expectedRetryMs))
  })

  it('spends both buckets for mobile targeting', () => {
    const decision = decideAcquisition({ states: [hourly(5), mobile(7)], priority: 'low', nowMs: MID_HOUR, policy })

    expect(decision).toEqual({
      isGranted: true,
      spends: [
        { bucket: 'hourly', windowStartsAt: new Date(HOUR_START), used: 6 },
        { bucket: 'mobileTargeting', windowStartsAt: new Date(TEN_MINUTE_START), used: 8 },
      ],
    })
  })

  it('refuses when only the mobile bucket is spent', () => {
    const decision = refusal(decideAcquisition({ states: [hourly(5), mobile(60)], priority: 'low', nowMs: MID_HOUR, policy }))

    expect(decision.bucket).toBe('mobileTargeting')
    expect(decision.reason).toBe('exhausted')
    expect(decision.retryAt).toEqual(new Date(TEN_MINUTE_START + 600_000 + policy.boundaryGuardMs))
  })

  it('reports the latest retry time of several refusals', () => {
    const decision = refusal(decideAcquisition({ states: [hourly(1000), mobile(60)], priority: 'high', nowMs: MID_HOUR, policy }))

    expect(decision.bucket).toBe('hourly')
    expect(decision.retryAt).toEqual(new Date(HOUR_START + 3_600_000 + policy.boundaryGuardMs))
  })

  it('counts in a window another instance already opened', () => {
    const nextHour = HOUR_START + 3_600_000
    const states = [hourly(4, { windowStartsAt: new Date(nextHour) })]
    const decision = refusal(decideAcquisition({ states, priority: 'high', nowMs: nextHour - 500, policy }))

    // This instance's clock is 500 ms behind: the row's window applies, and its guard too.
    expect(decision.reason).toBe('window_boundary')
    expect(decision.retryAt).toEqual(new Date(nextHour + policy.boundaryGuardMs))
  })
})
