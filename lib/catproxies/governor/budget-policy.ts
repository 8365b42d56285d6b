import type { CatProxiesRequestInfo, RateBucket } from '../transport'

/**
 * The limit and window of one request bucket of a CatProxies key. CatProxies allows each
 * key 1000 requests per hour, reset at the top of each UTC hour, and a separate 60
 * requests per 10 minutes shared by the four `/mobile-targeting-options/*` endpoints.
 * A 429 is the only signal upstream gives, so the governor counts every request it lets
 * through.
 */
export type BucketPolicy = {
  limit: number
  /** Window length in ms; windows are aligned to the Unix epoch (:00 for hours, :00/:10/… for 10 minutes). */
  windowMs: number
  /**
   * Requests of each window kept for high-priority calls: low-priority reads may spend
   * the bucket only up to `limit - reservedForHighPriority`.
   */
  reservedForHighPriority: number
}

export type BudgetPolicy = {
  buckets: Record<RateBucket, BucketPolicy>
  /**
   * No request is sent within this many ms on either side of a window boundary. A request
   * let through just before the boundary may reach upstream after it (network latency,
   * clock skew) and count in the new window, which the governor believes empty.
   */
  boundaryGuardMs: number
  /** How long a call of each priority may wait for budget before it fails, in ms. */
  maxWaitMs: Record<RequestPriority, number>
}

/**
 * `high`: order placement, extension, whitelist and password changes, reads of existing
 * orders (credentials of a paid order), and GET /account (the balance check before a
 * checkout). `low`: catalogue, gateway and targeting reads, which are cached and can be
 * served stale.
 */
export type RequestPriority = 'high' | 'low'

const HOUR_MS = 60 * 60 * 1000
const TEN_MINUTES_MS = 10 * 60 * 1000

// NOTE: the reserve sizes and the guard are our choice, not upstream's. The reserve keeps
// 200 requests an hour for purchases however many cached reads a tenant's pages trigger.
export const DEFAULT_BUDGET_POLICY: BudgetPolicy = {
  buckets: {
    hourly: { limit: 1000, windowMs: HOUR_MS, reservedForHighPriority: 200 },
    // Only targeting reads spend this bucket, so there is nothing to reserve it for.
    // NOTE: upstream does not say whether this window is fixed or sliding. A fixed window
    // aligned to :00, :10, … is assumed; a sliding one could reject some requests near a
    // boundary, and the 429 block is then the backstop.
    mobileTargeting: { limit: 60, windowMs: TEN_MINUTES_MS, reservedForHighPriority: 0 },
  },
  boundaryGuardMs: 2_000,
  // Reads wait through a boundary guard but fail fast when the budget is spent, so the
  // caller serves its cached copy. Purchases wait a little longer, then fail.
  maxWaitMs: { high: 10_000, low: 5_000 },
}

/** Orders a request for budget purposes; see RequestPriority. */
export function classifyRequestPriority(info: Pick<CatProxiesRequestInfo, 'kind' | 'path'>): RequestPriority {
  if (info.kind !== 'read') return 'high'

  return info.path === '/account' || info.path === '/orders' || info.path.startsWith('/order/') ? 'high' : 'low'
}

/** Start of the window containing `nowMs`, in epoch ms. */
export function getWindowStartMs(nowMs: number, windowMs: number): number {
  return Math.floor(nowMs / windowMs) * windowMs
}

/** Converts a bucket name to the one stored in UpstreamRateBucket.bucket. */
export function toStoredBucketName(bucket: RateBucket): string {
  return bucket === 'hourly' ? 'hourly' : 'mobile_targeting'
}

export function fromStoredBucketName(stored: string): RateBucket | null {
  if (stored === 'hourly') return 'hourly'
  if (stored === 'mobile_targeting') return 'mobileTargeting'

  return null
}
