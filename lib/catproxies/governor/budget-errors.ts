import { CatProxiesRateLimitError } from '../errors'
import type { RateBucket } from '../transport'
import type { BudgetRefusalReason } from './budget-decision'

const REASON_TEXT: Record<BudgetRefusalReason, string> = {
  blocked_after_429: 'upstream replied 429 and the key is blocked until the reset',
  exhausted: 'the request budget of this window is spent',
  reserved_for_high_priority: 'the rest of this window is reserved for order placement',
  window_boundary: 'the window boundary is too close to send safely',
}

/**
 * Error for a request the rate governor did not send. Nothing reached CatProxies, so the
 * call can be repeated at `resetAt` without side effects. It extends
 * CatProxiesRateLimitError, so code that handles upstream 429s handles it the same way
 * (serve a cached copy, or retry later). `status` is null because no reply was received.
 */
export class CatProxiesBudgetExhaustedError extends CatProxiesRateLimitError {
  readonly bucket: RateBucket
  readonly reason: BudgetRefusalReason
  /** Time at which the request may be sent; the same instant as `resetAt`. */
  readonly retryAt: Date
  /** Always false: the governor refuses before the request is sent. */
  readonly wasSent = false

  constructor(input: { operation: string; method: string; path: string; bucket: RateBucket; reason: BudgetRefusalReason; retryAt: Date }) {
    super(
      `CatProxies ${input.method} ${input.path} (${input.operation}) was not sent: ${REASON_TEXT[input.reason]} ` +
        `(${input.bucket} bucket); retry after ${input.retryAt.toISOString()}`,
      { method: input.method, path: input.path, resetAt: input.retryAt },
    )
    this.bucket = input.bucket
    this.reason = input.reason
    this.retryAt = input.retryAt
  }
}
