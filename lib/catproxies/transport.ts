import type { Logger } from '@/lib/logger'
import { isErrorEnvelope, parseErrorEnvelope, parseSuccessEnvelope, type SuccessEnvelope } from './adapter'
import { CatProxiesError, CatProxiesNetworkError, CatProxiesResponseError, createErrorFromResponse } from './errors'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * `purchase` charges the reseller balance (order creation and extension), `write` changes
 * an order without charging, `read` changes nothing. A rate governor treats purchases as
 * never retryable.
 */
export type CallKind = 'purchase' | 'write' | 'read'

/** Every call spends the hourly bucket; mobile targeting calls also spend the shared 60-per-10-minutes bucket. */
export type RateBucket = 'hourly' | 'mobileTargeting'

export type CatProxiesRequestInfo = {
  /** Client method name, e.g. "createOrder". */
  operation: string
  method: HttpMethod
  /** Path relative to the base URL, without the query string, e.g. "/order/5f0c…". */
  path: string
  kind: CallKind
  buckets: RateBucket[]
}

export type CatProxiesResponseInfo = CatProxiesRequestInfo & {
  /** HTTP status, or null when no reply arrived. */
  status: number | null
  durationMs: number
  /** Reset time of the exhausted bucket, when a 429 reply gives one. */
  resetAt: Date | null
  error: CatProxiesError | null
}

export type TransportOptions = {
  apiKey: string
  baseUrl: string
  fetch: typeof fetch
  timeoutMs: number
  logger: Logger | null
  /** Awaited before each request; throwing cancels the request (a governor denying a slot). */
  onRequest: ((info: CatProxiesRequestInfo) => void | Promise<void>) | null
  /** Called after every request, success or failure. Errors it throws are logged and ignored. */
  onResponse: ((info: CatProxiesResponseInfo) => void | Promise<void>) | null
}

export type CallSpec = Omit<CatProxiesRequestInfo, 'buckets'> & {
  buckets?: RateBucket[]
  query?: Record<string, string | number | undefined>
  body?: unknown
  /** A full URL outside the API (the targeting snapshot); the key is sent only to the API's origin. */
  absoluteUrl?: string
}

// Connection errors raised before any byte was sent: the request cannot have had an effect.
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

/** Sends one request and returns the unwrapped success envelope, or throws a CatProxiesError. Never retries. */
export async function sendRequest(options: TransportOptions, spec: CallSpec): Promise<SuccessEnvelope> {
  const info: CatProxiesRequestInfo = {
    operation: spec.operation,
    method: spec.method,
    path: spec.path,
    kind: spec.kind,
    buckets: spec.buckets ?? ['hourly'],
  }
  await options.onRequest?.(info)

  const startedAt = Date.now()
  let status: number | null = null
  try {
    const { httpStatus, body, retryAfter } = await fetchWithTimeout(options, spec)
    status = httpStatus
    if (httpStatus < 200 || httpStatus > 299 || isErrorEnvelope(body)) {
      const envelope = parseErrorEnvelope(body, retryAfter, new Date())
      throw createErrorFromResponse({
        httpStatus,
        envelopeStatus: envelope.status,
        upstreamMessage: envelope.message,
        resetAt: envelope.resetAt,
        method: spec.method,
        path: spec.path,
      })
    }
    const envelope = parseSuccessEnvelope(body)
    await notifyResponse(options, { ...info, status, durationMs: Date.now() - startedAt, resetAt: null, error: null })

    return envelope
  } catch (caught) {
    const error = toCatProxiesError(caught, spec)
    const resetAt = 'resetAt' in error && error.resetAt instanceof Date ? error.resetAt : null
    // A 4xx is usually the caller's to handle (unknown order, short balance), so it logs at info.
    const level = error.status !== null && error.status < 500 && error.status !== 429 ? 'info' : 'warn'
    options.logger?.[level](
      { operation: spec.operation, method: spec.method, path: spec.path, status, error: error.name, upstreamMessage: error.upstreamMessage },
      'CatProxies request failed',
    )
    await notifyResponse(options, { ...info, status, durationMs: Date.now() - startedAt, resetAt, error })
    throw error
  }
}

type RawReply = { httpStatus: number; body: unknown; retryAfter: string | null }

async function fetchWithTimeout(options: TransportOptions, spec: CallSpec): Promise<RawReply> {
  const url = spec.absoluteUrl ?? buildUrl(options.baseUrl, spec.path, spec.query)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (new URL(url).origin === new URL(options.baseUrl).origin) headers.Authorization = `Bearer ${options.apiKey}`
  if (spec.body !== undefined) headers['Content-Type'] = 'application/json'

  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    const response = await options.fetch(url, {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: controller.signal,
      // A redirect could carry the bearer key to another host, and the API documents none.
      redirect: 'error',
    })
    const text = await response.text()

    return { httpStatus: response.status, body: parseJson(text, response.ok), retryAfter: response.headers.get('retry-after') }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new CatProxiesNetworkError(`CatProxies ${spec.method} ${spec.path} timed out after ${options.timeoutMs} ms`, {
        method: spec.method, path: spec.path, mayHaveReachedUpstream: true, isTimeout: true, cause: error,
      })
    }
    throw error
  } finally {
    clearTimeout(timer)
  }
}

function parseJson(text: string, isOk: boolean): unknown {
  try {
    return JSON.parse(text)
  } catch {
    if (isOk) throw new CatProxiesResponseError('(body)', 'expected JSON, got text that does not parse')

    return null
  }
}

export function buildUrl(baseUrl: string, path: string, query: CallSpec['query']): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path)
  for (const [key, value] of Object.entries(query ?? {})) {
    // Blank parameters are omitted rather than sent empty, as the known clients do.
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }

  return url.toString()
}

function toCatProxiesError(caught: unknown, spec: CallSpec): CatProxiesError {
  if (caught instanceof CatProxiesError) return caught

  const code = findErrorCode(caught)
  const isNotConnected = code !== null && NOT_CONNECTED_CODES.has(code)

  return new CatProxiesNetworkError(
    `CatProxies ${spec.method} ${spec.path} failed: ${code ?? (caught instanceof Error ? caught.message : 'unknown error')}`,
    { method: spec.method, path: spec.path, mayHaveReachedUpstream: !isNotConnected, isTimeout: false, cause: caught },
  )
}

/** Finds a Node system error code on the error or its `cause` chain (undici nests it). */
function findErrorCode(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code
    if (typeof code === 'string') return code
    current = current.cause
  }

  return null
}

async function notifyResponse(options: TransportOptions, info: CatProxiesResponseInfo): Promise<void> {
  try {
    await options.onResponse?.(info)
  } catch (error) {
    options.logger?.error({ operation: info.operation, err: error }, 'CatProxies onResponse hook failed; ignored')
  }
}
