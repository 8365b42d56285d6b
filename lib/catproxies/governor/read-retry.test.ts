import { describe, expect, it } from 'vitest'

import { computeBackoffMs, DEFAULT_READ_RETRY_POLICY } from './read-retry'

describe('computeBackoffMs', () => {
  const policy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000 }

  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [4, 800],
    [5, 1_000],
  ])('caps retry %i at %i ms', (attempt, ceilingMs) => {
    expect(computeBackoffMs(attempt, policy, () => 0.999_999)).toBe(ceilingMs - 1)
    expect(computeBackoffMs(attempt, policy, () => 0)).toBe(0)
  })

  it('spreads delays with the random source', () => {
    expect(computeBackoffMs(2, policy, () => 0.5)).toBe(100)
  })

  it('keeps the default bounded', () => {
    const { maxAttempts, maxDelayMs } = DEFAULT_READ_RETRY_POLICY
    const worstCaseMs = Array.from({ length: maxAttempts - 1 }, (_, index) => computeBackoffMs(index + 1, DEFAULT_READ_RETRY_POLICY, () => 0.999_999))
      .reduce((sum, delay) => sum + delay, 0)

    expect(worstCaseMs).toBeLessThan(maxAttempts * maxDelayMs)
  })
})
