/**
 * Typed errors for CatProxies calls. Upstream errors arrive as
 * `{ type: "error", message, status }`; `createErrorFromResponse` maps them onto one class
 * per status family so callers branch on `instanceof`, never on message text.
 */
import { parseDecimalToMinor } from '@/lib/money/money'

export type CatProxiesErrorOptions = {
  status?: number | null
  upstreamMessage?: string | null
  method?: string
  path?: string
  cause?: unknown
}

/** Base class. `status` is the HTTP status, or null when no reply was received. */
export class CatProxiesError extends Error {
  readonly status: number | null
  readonly upstreamMessage: string | null
  readonly method: string | null
  readonly path: string | null

  constructor(message: string, options: CatProxiesErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.status = options.status ?? null
    this.upstreamMessage = options.upstreamMessage ?? null
    this.method = options.method ?? null
    this.path = options.path ?? null
  }
}

/** 401 (missing or invalid key) or 403 (not a reseller account, or no access). */
export class CatProxiesAuthError extends CatProxiesError {}

/** 400: invalid parameters, unknown proxyType, quantity out of range, insufficient balance. */
export class CatProxiesBadRequestError extends CatProxiesError {
  get isInsufficientBalance(): boolean {
    return false
  }
}

/**
 * The reseller balance cannot pay for the order or extension. Amounts are parsed from the
 * upstream message ("Required: $2.50, Available: $1.00") and are null when it has none.
 */
export class CatProxiesInsufficientBalanceError extends CatProxiesBadRequestError {
  readonly requiredMinor: number | null
  readonly availableMinor: number | null

  constructor(
    message: string,
    options: CatProxiesErrorOptions & { requiredMinor?: number | null; availableMinor?: number | null },
  ) {
    super(message, options)
    this.requiredMinor = options.requiredMinor ?? null
    this.availableMinor = options.availableMinor ?? null
  }

  override get isInsufficientBalance(): boolean {
    return true
  }
}

/** 404: unknown order or package, or an order that belongs to another key. */
export class CatProxiesNotFoundError extends CatProxiesError {}

/** 429: the hourly bucket or the shared mobile-targeting bucket is spent. */
export class CatProxiesRateLimitError extends CatProxiesError {
  readonly resetAt: Date | null

  constructor(message: string, options: CatProxiesErrorOptions & { resetAt?: Date | null }) {
    super(message, options)
    this.resetAt = options.resetAt ?? null
  }
}

/** 5xx from upstream. For an order creation the order may or may not exist. */
export class CatProxiesServerError extends CatProxiesError {}

/**
 * No usable reply: timeout, refused or reset connection. `mayHaveReachedUpstream` is false
 * only when the connection was never established, so the request certainly had no effect.
 * When it is true, a purchase must be reconciled against the order list before any retry.
 */
export class CatProxiesNetworkError extends CatProxiesError {
  readonly mayHaveReachedUpstream: boolean
  readonly isTimeout: boolean

  constructor(
    message: string,
    options: CatProxiesErrorOptions & { mayHaveReachedUpstream: boolean; isTimeout: boolean },
  ) {
    super(message, options)
    this.mayHaveReachedUpstream = options.mayHaveReachedUpstream
    this.isTimeout = options.isTimeout
  }
}

/** A 2xx reply whose body could not be parsed. `fieldPath` names the offending field. */
export class CatProxiesResponseError extends CatProxiesError {
  readonly fieldPath: string

  constructor(fieldPath: string, problem: string, options: CatProxiesErrorOptions = {}) {
    super(`Invalid CatProxies response at ${fieldPath}: ${problem}`, options)
    this.fieldPath = fieldPath
  }
}

/** The caller passed an argument the client rejects before sending anything. */
export class CatProxiesInputError extends CatProxiesError {}

const INSUFFICIENT_BALANCE_PATTERN = /insufficient\s+(?:balance|funds)/i
// Thousands separators are allowed ("$1,250.00") and stripped before parsing.
const REQUIRED_AMOUNT_PATTERN = /required:\s*\$?\s*(\d[\d,]*(?:\.\d+)?)/i
const AVAILABLE_AMOUNT_PATTERN = /available:\s*\$?\s*(\d[\d,]*(?:\.\d+)?)/i

export function isInsufficientBalanceMessage(message: string | null): boolean {
  return message !== null && INSUFFICIENT_BALANCE_PATTERN.test(message)
}

export type UpstreamFailure = {
  httpStatus: number
  /** The envelope's `status` field; it wins over the HTTP status when the two differ. */
  envelopeStatus: number | null
  upstreamMessage: string | null
  resetAt: Date | null
  method: string
  path: string
}

/**
 * Builds the error for a failed reply. Insufficient balance is recognised by its message,
 * whatever the status (400 is documented; 402 and 403 would be plausible too).
 */
export function createErrorFromResponse(failure: UpstreamFailure): CatProxiesError {
  const status = failure.envelopeStatus ?? failure.httpStatus
  const upstreamMessage = failure.upstreamMessage
  const options = { status, upstreamMessage, method: failure.method, path: failure.path }
  const message = `CatProxies ${failure.method} ${failure.path} failed with ${status}: ${upstreamMessage ?? 'no message'}`

  if (isInsufficientBalanceMessage(upstreamMessage)) {
    const required = REQUIRED_AMOUNT_PATTERN.exec(upstreamMessage ?? '')?.[1]
    const available = AVAILABLE_AMOUNT_PATTERN.exec(upstreamMessage ?? '')?.[1]

    return new CatProxiesInsufficientBalanceError(message, {
      ...options,
      requiredMinor: parseMessageAmount(required),
      availableMinor: parseMessageAmount(available),
    })
  }
  if (status === 401 || status === 403) return new CatProxiesAuthError(message, options)
  if (status === 404) return new CatProxiesNotFoundError(message, options)
  if (status === 429) return new CatProxiesRateLimitError(message, { ...options, resetAt: failure.resetAt })
  if (status >= 500) return new CatProxiesServerError(message, options)
  if (status >= 400) return new CatProxiesBadRequestError(message, options)

  return new CatProxiesError(message, options)
}

function parseMessageAmount(decimal: string | undefined): number | null {
  return decimal === undefined ? null : parseDecimalToMinor(decimal.replaceAll(',', ''))
}
