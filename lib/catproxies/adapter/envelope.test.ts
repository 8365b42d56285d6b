import { describe, expect, it } from 'vitest'

import { isErrorEnvelope, parseErrorEnvelope, parseSuccessEnvelope } from './envelope'
import { catchResponseError } from './testing'

const NOW = new Date('2025-11-29T20:30:00.000Z')

describe('parseSuccessEnvelope', () => {
  it('unwraps payload and pagination', () => {
    const envelope = parseSuccessEnvelope({ type: 'response', message: 'success', payload: { a: 1 }, pagination: { totalPages: 2 } })

    expect(envelope.payload).toEqual({ a: 1 })
    expect(envelope.pagination?.raw).toEqual({ totalPages: 2 })
  })

  it('uses the root minus envelope keys when payload is absent', () => {
    const envelope = parseSuccessEnvelope({ type: 'response', message: 'success', rateLimits: {} })

    expect(envelope.payload).toEqual({ rateLimits: {} })
  })

  it('rejects a body that is not an object', () => {
    expect(catchResponseError(() => parseSuccessEnvelope([1, 2])).fieldPath).toBe('(body)')
  })
})

describe('parseErrorEnvelope', () => {
  it('reads message and status', () => {
    const envelope = parseErrorEnvelope({ type: 'error', message: 'Package not found', status: 404 }, null, NOW)

    expect(envelope).toEqual({ message: 'Package not found', status: 404, resetAt: null })
  })

  it('reads resetAt from a field first', () => {
    const envelope = parseErrorEnvelope({ type: 'error', message: 'slow down', status: 429, resetAt: '2025-11-29T21:00:00.000Z' }, '60', NOW)

    expect(envelope.resetAt?.toISOString()).toBe('2025-11-29T21:00:00.000Z')
  })

  it('reads Retry-After seconds', () => {
    const envelope = parseErrorEnvelope({ type: 'error', message: 'slow down', status: 429 }, '120', NOW)

    expect(envelope.resetAt?.toISOString()).toBe('2025-11-29T20:32:00.000Z')
  })

  it('reads an ISO time inside the message', () => {
    const envelope = parseErrorEnvelope({ type: 'error', message: 'Rate limit exceeded. Resets at 2025-11-29T21:00:00.000Z', status: 429 }, null, NOW)

    expect(envelope.resetAt?.toISOString()).toBe('2025-11-29T21:00:00.000Z')
  })

  it('tolerates a body that is not JSON', () => {
    expect(parseErrorEnvelope(null, null, NOW)).toEqual({ message: null, status: null, resetAt: null })
  })

  it('ignores a malformed status instead of failing', () => {
    expect(parseErrorEnvelope({ type: 'error', message: 'x', status: 'bad' }, null, NOW).status).toBeNull()
  })
})

describe('isErrorEnvelope', () => {
  it('detects type "error" only', () => {
    expect(isErrorEnvelope({ type: 'error' })).toBe(true)
    expect(isErrorEnvelope({ type: 'response' })).toBe(false)
    expect(isErrorEnvelope('error')).toBe(false)
  })
})
