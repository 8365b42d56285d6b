import { CatProxiesResponseError } from '../errors'
import { FieldReader, isPlainObject } from './field-reader'
import { dateSchema, integerSchema, textSchema } from './values'

/**
 * Every upstream reply is wrapped: success as
 * `{ type: "response", message: "success", payload, pagination }`, errors as
 * `{ type: "error", message, status }`. The `message` text varies in case ("success",
 * "Success") and is never compared.
 */
export type SuccessEnvelope = {
  root: FieldReader
  /** The `payload` value, or the root object itself when the reply carries no `payload`. */
  payload: unknown
  pagination: FieldReader | null
}

export type ErrorEnvelope = {
  message: string | null
  status: number | null
  resetAt: Date | null
}

/** Returns true when a parsed JSON body is an error envelope, whatever the HTTP status. */
export function isErrorEnvelope(body: unknown): boolean {
  return isPlainObject(body) && body.type === 'error'
}

export function parseSuccessEnvelope(body: unknown): SuccessEnvelope {
  if (!isPlainObject(body)) {
    throw new CatProxiesResponseError('(body)', 'expected a JSON object envelope')
  }

  const root = FieldReader.from(body, '')
  const { type: _type, message: _message, pagination: _pagination, ...rest } = body
  const hasPayload = body.payload !== undefined && body.payload !== null
  const payload = hasPayload ? body.payload : rest
  const pagination = root.child(['pagination'])

  return { root, payload, pagination }
}

/**
 * Reads an error reply. Bodies that are not JSON objects still produce an envelope with
 * null fields, so the HTTP status alone decides the error class. The reset time of a 429
 * is read from a `resetAt` field, then a `Retry-After` header (seconds or HTTP date), then
 * an ISO timestamp inside the message, because no rate-limit header is documented.
 */
export function parseErrorEnvelope(body: unknown, retryAfterHeader: string | null, now: Date): ErrorEnvelope {
  const root = FieldReader.tryFrom(body, '')
  const message = readLeniently(() => root?.optional(['message', 'error'], textSchema) ?? null)
  const status = readLeniently(() => root?.optional(['status', 'statusCode'], integerSchema) ?? null)
  const resetAt =
    readLeniently(() => readResetAtField(root)) ??
    parseRetryAfter(retryAfterHeader, now) ??
    parseIsoInMessage(message)

  return { message, status, resetAt }
}

function readResetAtField(root: FieldReader | null): Date | null {
  if (root === null) return null

  const direct = root.optional(['resetAt', 'reset_at'], dateSchema)
  if (direct !== null) return direct

  const payload = FieldReader.tryFrom(root.raw.payload, 'payload')
  const rateLimits = payload?.child(['rateLimits']) ?? null

  return payload?.optional(['resetAt'], dateSchema) ?? rateLimits?.optional(['resetAt'], dateSchema) ?? null
}

function parseRetryAfter(header: string | null, now: Date): Date | null {
  if (header === null || header.trim() === '') return null

  const text = header.trim()
  if (/^\d+$/.test(text)) return new Date(now.getTime() + Number(text) * 1000)

  const date = new Date(text)

  return Number.isNaN(date.getTime()) ? null : date
}

const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/

function parseIsoInMessage(message: string | null): Date | null {
  const match = message === null ? null : ISO_TIMESTAMP.exec(message)

  return match ? new Date(match[0]) : null
}

/** Error bodies are read on a best-effort basis: a malformed field must not hide the status. */
function readLeniently<T>(read: () => T | null): T | null {
  try {
    return read()
  } catch (error) {
    if (error instanceof CatProxiesResponseError) return null
    throw error
  }
}
