import { StripeApiError } from './api-error'
import type { FormObject } from './form-encoding'
import type { Account, IdempotentResponse } from './state'

/** Lifetime of a stored response. Stripe keeps keys for at least 24 hours, and the simulator drops them after exactly 24. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000
const MAX_KEY_LENGTH = 255

export type ApiResponse = { statusCode: number; body: string }

/**
 * Runs a POST at most once per Idempotency-Key and account. A retry with the same key, path and
 * parameters returns the stored status and body, and the same key with a different request gets a
 * 400 `idempotency_error`. Stripe stores no result for a request that fails validation, so a 4xx is
 * returned but not stored here, and a corrected retry may reuse the key.
 * NOTE: Stripe does store a 4xx raised after validation, such as a refund above the charge. The simulator stores none.
 */
export function runIdempotent(
  account: Account,
  key: string,
  request: { method: string; path: string; params: FormObject },
  nowMs: number,
  execute: () => ApiResponse,
): ApiResponse & { isReplay: boolean } {
  if (key.length > MAX_KEY_LENGTH) {
    throw new StripeApiError(400, 'invalid_request_error', `Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters long.`)
  }
  forgetExpiredKeys(account, nowMs)

  const fingerprint = fingerprintRequest(request)
  const stored = account.idempotentResponses.get(key)
  if (stored !== undefined) {
    if (stored.fingerprint !== fingerprint) {
      throw new StripeApiError(
        400,
        'idempotency_error',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      )
    }

    return { statusCode: stored.statusCode, body: stored.body, isReplay: true }
  }

  const response = execute()
  if (response.statusCode < 400 || response.statusCode >= 500) {
    const record: IdempotentResponse = { fingerprint, ...response, createdAt: nowMs }
    account.idempotentResponses.set(key, record)
  }

  return { ...response, isReplay: false }
}

function forgetExpiredKeys(account: Account, nowMs: number): void {
  for (const [key, record] of account.idempotentResponses) {
    if (nowMs - record.createdAt > KEY_LIFETIME_MS) {
      account.idempotentResponses.delete(key)
    }
  }
}

/** Method, path and parameters, with object keys sorted so that the encoding order does not matter. */
function fingerprintRequest(request: { method: string; path: string; params: FormObject }): string {
  return JSON.stringify([request.method, request.path, sortKeys(request.params)])
}

function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    return value
  }

  return Object.fromEntries(
    Object.entries(value)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([key, item]) => [key, sortKeys(item)]),
  )
}
