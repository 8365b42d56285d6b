import type { SimAccount, WindowCounter } from './state'

/**
 * Per-key request budgets as documented: 1000 requests per hour, reset at the top of each
 * UTC hour, and a separate 60 per 10 minutes shared by the four mobile targeting endpoints.
 * Windows are fixed and aligned to the clock (:00, :10, … for the mobile bucket).
 * NOTE: whether mobile targeting calls also spend the hourly bucket, and whether rejected
 * calls count, is not documented. Here mobile calls spend both, and a 429 spends nothing.
 */

export const HOURLY_LIMIT = 1000
export const MOBILE_TARGETING_LIMIT = 60
const HOUR_MS = 60 * 60 * 1000
const MOBILE_WINDOW_MS = 10 * 60 * 1000

export type BucketName = 'hourly' | 'mobileTargeting'

export type BucketStatus = { limit: number; used: number; remaining: number; resetAtMs: number }

export function getBucketStatus(account: SimAccount, bucket: BucketName, nowMs: number): BucketStatus {
  const { counter, limit, windowMs } = describeBucket(account, bucket)
  const windowStartMs = Math.floor(nowMs / windowMs) * windowMs
  const used = counter.windowStartMs === windowStartMs ? counter.used : 0

  return { limit, used, remaining: Math.max(0, limit - used), resetAtMs: windowStartMs + windowMs }
}

/**
 * Spends one request from each named bucket, or spends nothing and returns the first
 * exhausted bucket's status.
 */
export function spendRequest(account: SimAccount, buckets: BucketName[], nowMs: number): { exhausted: BucketName; status: BucketStatus } | null {
  for (const bucket of buckets) {
    const status = getBucketStatus(account, bucket, nowMs)
    if (status.remaining === 0) return { exhausted: bucket, status }
  }
  for (const bucket of buckets) {
    const { counter, windowMs } = describeBucket(account, bucket)
    const windowStartMs = Math.floor(nowMs / windowMs) * windowMs
    if (counter.windowStartMs !== windowStartMs) {
      counter.windowStartMs = windowStartMs
      counter.used = 0
    }
    counter.used += 1
  }

  return null
}

/** Sets the count used in the current window, so tests can reach a limit without sending 1000 requests. */
export function setBucketUsage(account: SimAccount, bucket: BucketName, used: number, nowMs: number): void {
  const { counter, windowMs } = describeBucket(account, bucket)
  counter.windowStartMs = Math.floor(nowMs / windowMs) * windowMs
  counter.used = used
}

function describeBucket(account: SimAccount, bucket: BucketName): { counter: WindowCounter; limit: number; windowMs: number } {
  return bucket === 'hourly'
    ? { counter: account.hourly, limit: HOURLY_LIMIT, windowMs: HOUR_MS }
    : { counter: account.mobileTargeting, limit: MOBILE_TARGETING_LIMIT, windowMs: MOBILE_WINDOW_MS }
}
