import type { IncomingMessage, ServerResponse } from 'node:http'

import { StripeApiError } from './api-error'
import type { SimulatorContext } from './context'
import { parseFormEncoded } from './form-encoding'
import { BodyTooLargeError, readBody, sendJson } from './http-io'
import { createId } from './ids'
import type { ApiResponse } from './idempotency'
import { runIdempotent } from './idempotency'
import type { ApiRoute } from './router'
import { matchRoute } from './router'
import { checkoutSessionRoutes } from './routes/checkout-sessions'
import { eventRoutes } from './routes/events'
import { paymentRoutes } from './routes/payments'
import { webhookEndpointRoutes } from './routes/webhook-endpoints'
import { SECRET_KEY_PATTERN } from './state'

const API_ROUTES: ApiRoute[] = [...checkoutSessionRoutes, ...paymentRoutes, ...webhookEndpointRoutes, ...eventRoutes]

const MISSING_KEY_MESSAGE =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."

/**
 * Handles one request under `/v1`. It authenticates the secret key, decodes the form parameters,
 * applies the Idempotency-Key to POSTs and responds with Stripe's JSON bodies, status codes and
 * `Request-Id` header. Errors use Stripe's error body, and an unexpected exception is logged and
 * returned as a 500 `api_error`.
 */
export async function handleApiRequest(
  context: SimulatorContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = createId('req_', 14)
  const headers: Record<string, string> = {
    'request-id': requestId,
    'stripe-version': headerValue(request, 'stripe-version') ?? context.apiVersion,
  }
  const idempotencyKey = headerValue(request, 'idempotency-key')
  if (idempotencyKey !== undefined) {
    headers['idempotency-key'] = idempotencyKey
  }
  const log = context.logger.child({ requestId, method: request.method, path: url.pathname })

  try {
    const secretKey = readSecretKey(request)
    if (headerValue(request, 'stripe-account') !== undefined) {
      throw new StripeApiError(400, 'invalid_request_error', 'The simulator does not support Connect. Remove the Stripe-Account header.')
    }

    const method = request.method ?? 'GET'
    const params = method === 'POST' ? parseFormEncoded(await readFormBody(request)) : parseFormEncoded(url.search.slice(1))
    const match = matchRoute(API_ROUTES, method, url.pathname)
    if (match === undefined) {
      throw new StripeApiError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${url.pathname}).`)
    }
    const account = context.store.getOrCreateAccount(secretKey)

    const execute = (): ApiResponse =>
      runHandler(() =>
        match.route.handle({
          simulator: context,
          account,
          params,
          pathParams: match.pathParams,
          requestInfo: { id: requestId, idempotency_key: idempotencyKey ?? null },
        }),
      )
    const result =
      method === 'POST' && idempotencyKey !== undefined
        ? runIdempotent(account, idempotencyKey, { method, path: url.pathname, params }, context.nowMs(), execute)
        : { ...execute(), isReplay: false }

    if (result.statusCode >= 400) {
      log.info({ statusCode: result.statusCode, isReplay: result.isReplay }, 'api request rejected')
    } else {
      log.debug({ statusCode: result.statusCode, isReplay: result.isReplay }, 'api request handled')
    }
    sendJson(response, result.statusCode, result.body, result.isReplay ? { ...headers, 'idempotent-replayed': 'true' } : headers)
  } catch (error) {
    if (error instanceof StripeApiError) {
      log.info({ statusCode: error.statusCode, param: error.details.param, message: error.message }, 'api request rejected')
      sendJson(response, error.statusCode, JSON.stringify(error.toBody(), null, 2), headers)

      return
    }
    if (error instanceof BodyTooLargeError) {
      sendJson(response, 413, JSON.stringify(new StripeApiError(413, 'invalid_request_error', error.message).toBody()), headers)

      return
    }

    log.error({ err: error }, 'stripe simulator request failed')
    const body = new StripeApiError(500, 'api_error', `An unknown error occurred in the simulator (request ${requestId}).`).toBody()
    sendJson(response, 500, JSON.stringify(body), headers)
  }
}

/** Runs a route handler and turns a StripeApiError it throws into an error response. */
function runHandler(handle: () => object): ApiResponse {
  try {
    return { statusCode: 200, body: JSON.stringify(handle(), null, 2) }
  } catch (error) {
    if (error instanceof StripeApiError) {
      return { statusCode: error.statusCode, body: JSON.stringify(error.toBody(), null, 2) }
    }
    throw error
  }
}

/**
 * Reads the secret key from `Authorization: Bearer <key>` (what stripe-node sends) or HTTP Basic with the
 * key as user name (what `curl -u sk_test_…:` sends). Throws a 401 for a missing key or one that is not
 * `sk_test_` plus letters and digits.
 */
function readSecretKey(request: IncomingMessage): string {
  const authorization = headerValue(request, 'authorization') ?? ''
  const [scheme = '', credentials = ''] = authorization.split(' ', 2)
  let secretKey = ''
  if (scheme.toLowerCase() === 'bearer') {
    secretKey = credentials.trim()
  } else if (scheme.toLowerCase() === 'basic') {
    secretKey = Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] ?? ''
  }

  if (secretKey === '') {
    throw new StripeApiError(401, 'invalid_request_error', MISSING_KEY_MESSAGE)
  }
  if (!SECRET_KEY_PATTERN.test(secretKey)) {
    const hint = secretKey.startsWith('sk_live_') ? ' The simulator accepts test-mode keys (sk_test_…) only.' : ''
    throw new StripeApiError(401, 'invalid_request_error', `Invalid API Key provided: ${maskKey(secretKey)}.${hint}`)
  }

  return secretKey
}

/** Masks a key the way Stripe's error messages do, keeping only its prefix and last four characters. */
function maskKey(key: string): string {
  if (key.length <= 12) {
    return '*'.repeat(key.length)
  }

  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`
}

async function readFormBody(request: IncomingMessage): Promise<string> {
  const body = await readBody(request)
  const contentType = headerValue(request, 'content-type') ?? ''
  if (body !== '' && !contentType.startsWith('application/x-www-form-urlencoded')) {
    throw new StripeApiError(
      400,
      'invalid_request_error',
      `Invalid request: unsupported Content-Type ${contentType || '(none)'}. Send the parameters form-encoded (application/x-www-form-urlencoded).`,
    )
  }

  return body
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]

  return Array.isArray(value) ? value[0] : value
}
