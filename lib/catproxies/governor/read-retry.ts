import { AsyncLocalStorage } from 'node:async_hooks'

import type { Logger } from '@/lib/logger'
import { CatProxiesNetworkError, CatProxiesServerError } from '../errors'
import type { CallKind } from '../transport'
import { CatProxiesBudgetExhaustedError } from './budget-errors'
import type { UpstreamClock } from './upstream-clock'

export type ReadRetryPolicy = {
  /** Attempts in total, the first included. */
  maxAttempts: number
  /** Upper bound of the first backoff, in ms; it doubles per retry up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_READ_RETRY_POLICY: ReadRetryPolicy = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4_000 }

type AttemptRecord = { sentKinds: Set<CallKind> }

// Tracks which kinds of request one attempt of one client call sent, across the awaits
// inside it, so concurrent calls on the same client do not see each other's requests.
const attemptContext = new AsyncLocalStorage<AttemptRecord>()

/** Records that the governor let a request of `kind` through for the current call attempt. */
export function noteSentRequest(kind: CallKind): void {
  attemptContext.getStore()?.sentKinds.add(kind)
}

/**
 * Runs one client call, and repeats it after a 5xx or a network failure only when every
 * request the failed attempt sent was a read. The whole call is repeated, so a paged read
 * starts again from its first page. A call that sent an order creation,
 * extension or other write is never repeated, because its effect upstream is unknown.
 * Refusals by the rate governor are not retried either: the caller should serve its
 * cached copy or try again after the error's `retryAt`. Each retry spends budget again.
 */
export async function callWithReadRetries<T>(
  call: () => Promise<T>,
  options: { operation: string; policy: ReadRetryPolicy; clock: UpstreamClock; logger: Logger; random?: () => number },
): Promise<T> {
  const { policy, logger } = options
  for (let attempt = 1; ; attempt += 1) {
    const record: AttemptRecord = { sentKinds: new Set() }
    try {
      return await attemptContext.run(record, call)
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isRetryableFailure(error, record)) throw error

      const delayMs = computeBackoffMs(attempt, policy, options.random ?? Math.random)
      logger.warn(
        { operation: options.operation, attempt, maxAttempts: policy.maxAttempts, delayMs, err: error },
        'CatProxies read failed; retrying after backoff',
      )
      await options.clock.sleep(delayMs)
    }
  }
}

/**
 * Backoff before retry number `attempt` (1 for the first retry) with "full jitter": a
 * uniform random delay between 0 and min(maxDelayMs, baseDelayMs × 2^(attempt − 1)), so
 * instances that failed together do not retry together.
 */
export function computeBackoffMs(attempt: number, policy: ReadRetryPolicy, random: () => number): number {
  const ceilingMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))

  return Math.floor(random() * ceilingMs)
}

function isRetryableFailure(error: unknown, record: AttemptRecord): boolean {
  if (error instanceof CatProxiesBudgetExhaustedError) return false
  if (!(error instanceof CatProxiesServerError) && !(error instanceof CatProxiesNetworkError)) return false
  if (record.sentKinds.size === 0) return false

  return [...record.sentKinds].every((kind) => kind === 'read')
}
