import type { RateBucket } from '../transport'
import { getWindowStartMs, type BudgetPolicy, type RequestPriority } from './budget-policy'

/** One UpstreamRateBucket row as the governor reads it; null fields mean no row exists yet. */
export type StoredBucketState = {
  bucket: RateBucket
  windowStartsAt: Date | null
  used: number
  blockedUntil: Date | null
}

export type BudgetRefusalReason =
  /** Upstream replied 429, so nothing is sent before its reset time. */
  | 'blocked_after_429'
  /** The bucket is spent for this window. */
  | 'exhausted'
  /** Only the share reserved for high-priority calls is left. */
  | 'reserved_for_high_priority'
  /** The window boundary is too close; see BudgetPolicy.boundaryGuardMs. */
  | 'window_boundary'

export type BucketSpend = { bucket: RateBucket; windowStartsAt: Date; used: number }

export type AcquisitionDecision =
  | { isGranted: true; spends: BucketSpend[] }
  | { isGranted: false; bucket: RateBucket; reason: BudgetRefusalReason; retryAt: Date }

export type DecideAcquisitionInput = {
  /** One state per bucket the request spends. */
  states: StoredBucketState[]
  priority: RequestPriority
  nowMs: number
  policy: BudgetPolicy
}

/**
 * Decides whether one request may be sent now. A request that spends several buckets is
 * granted only if every bucket has room, and then spends one from each. When refused,
 * `retryAt` is the earliest time at which every refusing bucket could allow it.
 * Pure: the caller reads the rows under a lock and writes the spends back.
 */
export function decideAcquisition({ states, priority, nowMs, policy }: DecideAcquisitionInput): AcquisitionDecision {
  const spends: BucketSpend[] = []
  let refusal: Extract<AcquisitionDecision, { isGranted: false }> | null = null

  for (const state of states) {
    const verdict = checkBucket(state, priority, nowMs, policy)
    if ('reason' in verdict) {
      if (refusal === null || verdict.retryAt.getTime() > refusal.retryAt.getTime()) {
        refusal = { isGranted: false, bucket: state.bucket, ...verdict }
      }
      continue
    }
    spends.push(verdict)
  }

  return refusal ?? { isGranted: true, spends }
}

type BucketVerdict = BucketSpend | { reason: BudgetRefusalReason; retryAt: Date }

function checkBucket(state: StoredBucketState, priority: RequestPriority, nowMs: number, policy: BudgetPolicy): BucketVerdict {
  const bucketPolicy = policy.buckets[state.bucket]
  const window = resolveWindow(state, nowMs, bucketPolicy.windowMs)
  const guardMs = policy.boundaryGuardMs
  const nextWindowOpensAt = new Date(window.endMs + guardMs)

  if (state.blockedUntil !== null && state.blockedUntil.getTime() > nowMs) {
    return { reason: 'blocked_after_429', retryAt: state.blockedUntil }
  }

  const allowed = priority === 'high' ? bucketPolicy.limit : bucketPolicy.limit - bucketPolicy.reservedForHighPriority
  if (window.used >= allowed) {
    return { reason: window.used >= bucketPolicy.limit ? 'exhausted' : 'reserved_for_high_priority', retryAt: nextWindowOpensAt }
  }

  if (nowMs < window.startMs + guardMs) return { reason: 'window_boundary', retryAt: new Date(window.startMs + guardMs) }
  if (nowMs >= window.endMs - guardMs) return { reason: 'window_boundary', retryAt: nextWindowOpensAt }

  return { bucket: state.bucket, windowStartsAt: new Date(window.startMs), used: window.used + 1 }
}

/**
 * Returns the window a request counts in. Another instance whose clock runs slightly
 * ahead may already have moved the row to the next window. Its count then applies,
 * because upstream's window will be that one by the time this request arrives.
 */
export function resolveWindow(state: Pick<StoredBucketState, 'windowStartsAt' | 'used'>, nowMs: number, windowMs: number) {
  const currentStartMs = getWindowStartMs(nowMs, windowMs)
  const storedStartMs = state.windowStartsAt?.getTime() ?? null

  if (storedStartMs !== null && storedStartMs >= currentStartMs) {
    return { startMs: storedStartMs, endMs: storedStartMs + windowMs, used: state.used }
  }

  return { startMs: currentStartMs, endMs: currentStartMs + windowMs, used: 0 }
}
