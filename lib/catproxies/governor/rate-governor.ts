import type { Database } from '@/lib/db/prisma'
import type { Logger } from '@/lib/logger'
import type { CatProxiesRequestInfo, CatProxiesResponseInfo, RateBucket } from '../transport'
import type { RateLimitStatus } from '../types'
import { decideAcquisition } from './budget-decision'
import { CatProxiesBudgetExhaustedError } from './budget-errors'
import { classifyRequestPriority, getWindowStartMs, type BudgetPolicy } from './budget-policy'
import { fingerprintApiKey } from './key-fingerprint'
import { blockBucket, raiseHourlyUsage, updateBucketsLocked } from './rate-bucket-store'
import type { UpstreamClock } from './upstream-clock'

export type RateGovernorOptions = {
  db: Database
  apiKey: string
  clock: UpstreamClock
  policy: BudgetPolicy
  logger: Logger
}

export type RateGovernor = {
  /** SHA-256 of the key, safe to log and store. */
  keyFingerprint: string
  /** The client's `onRequest` hook: spends budget, waiting if allowed, or throws CatProxiesBudgetExhaustedError. */
  beforeRequest(info: CatProxiesRequestInfo): Promise<void>
  /** The client's `onResponse` hook: turns a 429 into a block shared by every instance. */
  afterResponse(info: CatProxiesResponseInfo): Promise<void>
  /** Raises the hourly count to the one GET /account reports. */
  recordAccountUsage(rateLimits: RateLimitStatus): Promise<void>
}

// Waits per request are bounded by maxWaitMs. This cap also bounds them when the clock does
// not advance (a frozen test clock) or many waiters keep losing the race for the last slots.
const MAX_WAIT_ROUNDS = 20

// A reset time from upstream may differ from our window end by clock skew; within this
// margin it is taken to name that window.
const RESET_MATCH_TOLERANCE_MS = 60_000

/**
 * Creates the rate governor for one CatProxies key. Its state lives in UpstreamRateBucket
 * rows, so every app and worker instance that creates a governor for the same key spends
 * one shared budget. See BudgetPolicy for the limits, priorities and waiting rules.
 */
export function createRateGovernor(options: RateGovernorOptions): RateGovernor {
  const { db, clock, policy } = options
  validatePolicy(policy)
  const keyFingerprint = fingerprintApiKey(options.apiKey)
  const logger = options.logger.child({ keyFingerprint: keyFingerprint.slice(0, 12) })

  async function beforeRequest(info: CatProxiesRequestInfo): Promise<void> {
    if (info.buckets.length === 0) return

    const priority = classifyRequestPriority(info)
    const deadlineMs = clock.now().getTime() + policy.maxWaitMs[priority]
    for (let round = 1; ; round += 1) {
      const nowMs = clock.now().getTime()
      const decision = await updateBucketsLocked({
        db,
        keyFingerprint,
        buckets: info.buckets,
        policy,
        change: (states) => {
          const result = decideAcquisition({ states, priority, nowMs, policy })

          return { result, writes: result.isGranted ? result.spends : [] }
        },
      })
      if (decision.isGranted) return

      const waitMs = decision.retryAt.getTime() - nowMs
      if (decision.retryAt.getTime() > deadlineMs || nowMs > deadlineMs || round >= MAX_WAIT_ROUNDS) {
        logger.warn(
          { operation: info.operation, bucket: decision.bucket, reason: decision.reason, retryAt: decision.retryAt, priority },
          'CatProxies request refused by the rate governor',
        )
        throw new CatProxiesBudgetExhaustedError({ ...info, bucket: decision.bucket, reason: decision.reason, retryAt: decision.retryAt })
      }
      logger.debug({ operation: info.operation, bucket: decision.bucket, reason: decision.reason, waitMs }, 'waiting for CatProxies budget')
      await clock.sleep(Math.max(waitMs, 1))
    }
  }

  async function afterResponse(info: CatProxiesResponseInfo): Promise<void> {
    if (info.status !== 429) return

    const nowMs = clock.now().getTime()
    for (const block of chooseBlocks(info, nowMs, policy)) {
      const blockedUntil = new Date(block.untilMs + policy.boundaryGuardMs)
      await blockBucket({ db, keyFingerprint, bucket: block.bucket, blockedUntil, nowMs, policy })
      logger.warn(
        { operation: info.operation, bucket: block.bucket, upstreamResetAt: info.resetAt, blockedUntil },
        'CatProxies answered 429; key blocked for every instance until the reset',
      )
    }
  }

  async function recordAccountUsage(rateLimits: RateLimitStatus): Promise<void> {
    await raiseHourlyUsage({
      db,
      keyFingerprint,
      reportedUsed: rateLimits.requestsUsed,
      reportedResetAt: rateLimits.resetAt,
      nowMs: clock.now().getTime(),
      policy,
    })
  }

  return { keyFingerprint, beforeRequest, afterResponse, recordAccountUsage }
}

/**
 * Picks the buckets a 429 blocks and until when. A plain request spends only the hourly
 * bucket. A mobile targeting request spends both, and upstream does not say which one ran
 * out, so the reset time decides: one later than the 10-minute window's end can only be
 * the hourly bucket's. Without a reset time only the mobile bucket is blocked.
 */
export function chooseBlocks(info: CatProxiesResponseInfo, nowMs: number, policy: BudgetPolicy): { bucket: RateBucket; untilMs: number }[] {
  const windowEndMs = (bucket: RateBucket) => getWindowStartMs(nowMs, policy.buckets[bucket].windowMs) + policy.buckets[bucket].windowMs
  const resetMs = plausibleResetMs(info.resetAt, nowMs, policy.buckets.hourly.windowMs)

  if (!info.buckets.includes('mobileTargeting')) {
    return [{ bucket: 'hourly', untilMs: resetMs ?? windowEndMs('hourly') }]
  }

  const mobileEndMs = windowEndMs('mobileTargeting')
  // NOTE: in the last 10 minutes of an hour both buckets reset at the same time, so a 429
  // there is taken to be the mobile bucket's; if it was the hourly one, the next plain
  // request gets a 429 too and blocks the hourly bucket.
  if (resetMs !== null && resetMs > mobileEndMs + RESET_MATCH_TOLERANCE_MS) {
    return [{ bucket: 'hourly', untilMs: resetMs }]
  }

  return [{ bucket: 'mobileTargeting', untilMs: resetMs ?? mobileEndMs }]
}

// A reset time in the past or more than a window (plus skew) ahead is not trusted.
function plausibleResetMs(resetAt: Date | null, nowMs: number, maxAheadMs: number): number | null {
  if (resetAt === null) return null

  const resetMs = resetAt.getTime()
  if (!Number.isFinite(resetMs) || resetMs <= nowMs || resetMs > nowMs + maxAheadMs + RESET_MATCH_TOLERANCE_MS) return null

  return resetMs
}

function validatePolicy(policy: BudgetPolicy): void {
  for (const [bucket, bucketPolicy] of Object.entries(policy.buckets)) {
    if (policy.boundaryGuardMs * 2 >= bucketPolicy.windowMs) {
      throw new RangeError(`boundaryGuardMs (${policy.boundaryGuardMs}) must be less than half the ${bucket} window (${bucketPolicy.windowMs} ms)`)
    }
    if (bucketPolicy.reservedForHighPriority < 0 || bucketPolicy.reservedForHighPriority > bucketPolicy.limit) {
      throw new RangeError(`reservedForHighPriority of the ${bucket} bucket must be between 0 and its limit ${bucketPolicy.limit}`)
    }
  }
}
