import { CatProxiesResponseError } from '../errors'
import { parseSuccessEnvelope, type SuccessEnvelope } from './envelope'

/** Test helpers for the parsers: build an envelope, and catch the expected parse error. */

export function wrapPayload(payload: unknown, pagination: unknown = {}): SuccessEnvelope {
  return parseSuccessEnvelope({ type: 'response', message: 'success', payload, pagination })
}

export function catchResponseError(action: () => unknown): CatProxiesResponseError {
  try {
    action()
  } catch (error) {
    if (error instanceof CatProxiesResponseError) return error
    throw error
  }
  throw new Error('expected a CatProxiesResponseError, but nothing was thrown')
}
