import { describe, expect, it } from 'vitest'

import {
  CatProxiesAuthError,
  CatProxiesBadRequestError,
  CatProxiesError,
  CatProxiesInsufficientBalanceError,
  CatProxiesNotFoundError,
  CatProxiesRateLimitError,
  CatProxiesServerError,
  createErrorFromResponse,
  type UpstreamFailure,
} from './errors'

function failure(overrides: Partial<UpstreamFailure>): UpstreamFailure {
  return { httpStatus: 400, envelopeStatus: null, upstreamMessage: null, resetAt: null, method: 'GET', path: '/x', ...overrides }
}

describe('createErrorFromResponse', () => {
  it.each([
    [401, CatProxiesAuthError],
    [403, CatProxiesAuthError],
    [400, CatProxiesBadRequestError],
    [404, CatProxiesNotFoundError],
    [429, CatProxiesRateLimitError],
    [500, CatProxiesServerError],
    [503, CatProxiesServerError],
  ])('maps %i to its class', (status, errorClass) => {
    const error = createErrorFromResponse(failure({ httpStatus: status }))

    expect(error).toBeInstanceOf(errorClass)
    expect(error).toBeInstanceOf(CatProxiesError)
    expect(error.status).toBe(status)
  })

  it('prefers the envelope status', () => {
    expect(createErrorFromResponse(failure({ httpStatus: 200, envelopeStatus: 404 }))).toBeInstanceOf(CatProxiesNotFoundError)
  })

  it('detects insufficient balance and parses amounts', () => {
    const error = createErrorFromResponse(failure({ upstreamMessage: 'Insufficient balance. Required: $1,250.50, Available: $1.00' }))

    expect(error).toBeInstanceOf(CatProxiesInsufficientBalanceError)
    expect(error).toBeInstanceOf(CatProxiesBadRequestError)
    expect((error as CatProxiesBadRequestError).isInsufficientBalance).toBe(true)
    expect((error as CatProxiesInsufficientBalanceError).requiredMinor).toBe(125050)
    expect((error as CatProxiesInsufficientBalanceError).availableMinor).toBe(100)
  })

  it('detects insufficient balance under 403 too', () => {
    expect(createErrorFromResponse(failure({ httpStatus: 403, upstreamMessage: 'insufficient funds' }))).toBeInstanceOf(CatProxiesInsufficientBalanceError)
  })

  it('leaves other 400s as plain bad requests', () => {
    const error = createErrorFromResponse(failure({ upstreamMessage: 'Invalid number of IPs' }))

    expect((error as CatProxiesBadRequestError).isInsufficientBalance).toBe(false)
    expect(error.upstreamMessage).toBe('Invalid number of IPs')
  })

  it('carries resetAt on 429', () => {
    const resetAt = new Date('2025-11-29T21:00:00.000Z')
    const error = createErrorFromResponse(failure({ httpStatus: 429, resetAt }))

    expect((error as CatProxiesRateLimitError).resetAt).toEqual(resetAt)
  })
})
