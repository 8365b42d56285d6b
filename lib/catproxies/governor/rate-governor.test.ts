import { describe, expect, it } from 'vitest'

import type { CatProxiesResponseInfo, RateBucket } from '../transport'
import { classifyRequestPriority, DEFAULT_BUDGET_POLICY } from './budget-policy'
import { chooseBlocks } from './rate-governor'

const NOW = Date.parse('2026-03-01T10:25:00.000Z')
const HOUR_END = Date.parse('2026-03-01T11:00:00.000Z')
const MOBILE_END = Date.parse('2026-03-01T10:30:00.000Z')

function response429(buckets: RateBucket[], resetAt: Date | null): CatProxiesResponseInfo {
  return { operation: 'op', method: 'GET', path: '/x', kind: 'read', buckets, status: 429, durationMs: 5, resetAt, error: null }
}

describe('chooseBlocks', () => {
  it('blocks the hourly bucket until the reported reset', () => {
    const resetAt = new Date(HOUR_END)

    expect(chooseBlocks(response429(['hourly'], resetAt), NOW, DEFAULT_BUDGET_POLICY)).toEqual([{ bucket: 'hourly', untilMs: HOUR_END }])
  })

  it('falls back to the top of the next hour', () => {
    expect(chooseBlocks(response429(['hourly'], null), NOW, DEFAULT_BUDGET_POLICY)).toEqual([{ bucket: 'hourly', untilMs: HOUR_END }])
  })

  it.each([
    ['in the past', new Date(NOW - 1_000)],
    ['two hours ahead', new Date(NOW + 2 * 3_600_000)],
  ])('ignores a reset time %s', (_name, resetAt) => {
    expect(chooseBlocks(response429(['hourly'], resetAt), NOW, DEFAULT_BUDGET_POLICY)).toEqual([{ bucket: 'hourly', untilMs: HOUR_END }])
  })

  it('blocks the mobile bucket for a mobile reset', () => {
    const blocks = chooseBlocks(response429(['hourly', 'mobileTargeting'], new Date(MOBILE_END)), NOW, DEFAULT_BUDGET_POLICY)

    expect(blocks).toEqual([{ bucket: 'mobileTargeting', untilMs: MOBILE_END }])
  })

  it('blocks the mobile bucket without a reset time', () => {
    const blocks = chooseBlocks(response429(['hourly', 'mobileTargeting'], null), NOW, DEFAULT_BUDGET_POLICY)

    expect(blocks).toEqual([{ bucket: 'mobileTargeting', untilMs: MOBILE_END }])
  })

  it('blocks the hourly bucket for a mobile request with an hourly reset', () => {
    const blocks = chooseBlocks(response429(['hourly', 'mobileTargeting'], new Date(HOUR_END)), NOW, DEFAULT_BUDGET_POLICY)

    expect(blocks).toEqual([{ bucket: 'hourly', untilMs: HOUR_END }])
  })
})

describe('classifyRequestPriority', () => {
  it.each([
    ['purchase', '/order', 'high'],
    ['purchase', '/order/abc/extend', 'high'],
    ['write', '/order/abc/whitelist', 'high'],
    ['read', '/order/abc', 'high'],
    ['read', '/orders', 'high'],
    ['read', '/account', 'high'],
    ['read', '/store', 'low'],
    ['read', '/servers', 'low'],
    ['read', '/mobile-targeting-options/countries', 'low'],
  ] as const)('ranks a %s of %s as %s', (kind, path, expected) => {
    expect(classifyRequestPriority({ kind, path })).toBe(expected)
  })
})
