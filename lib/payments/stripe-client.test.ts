import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createStripeClient } from './stripe-client'

type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders }

let server: Server | undefined

afterEach(async () => {
  const running = server
  server = undefined
  if (running === undefined) {
    return
  }

  running.closeAllConnections()
  await new Promise<void>((resolve) => running.close(() => resolve()))
})

/** Starts a loopback stand-in for the Stripe API that records requests and responds with the given statuses in turn. */
async function startRecordingApi(statusCodes: number[]): Promise<{ url: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = []
  server = createServer((request, response) => {
    requests.push({ method: String(request.method), path: String(request.url), headers: request.headers })
    const statusCode = statusCodes.shift() ?? 200
    const body =
      statusCode === 200
        ? { id: 'cs_test_1', object: 'checkout.session' }
        : { error: { type: 'api_error', message: 'temporary failure' } }
    request.resume()
    request.on('end', () => response.writeHead(statusCode, { 'content-type': 'application/json' }).end(JSON.stringify(body)))
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))

  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }
}

describe('createStripeClient', () => {
  it('sends requests to apiBaseUrl', async () => {
    const api = await startRecordingApi([200])
    const stripe = createStripeClient({ secretKey: 'sk_test_client1', apiBaseUrl: api.url })

    const session = await stripe.checkout.sessions.retrieve('cs_test_1')

    expect(session.id).toBe('cs_test_1')
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]).toMatchObject({ method: 'GET', path: '/v1/checkout/sessions/cs_test_1' })
    expect(api.requests[0]?.headers.authorization).toBe('Bearer sk_test_client1')
  })

  it('retries a 500 with one idempotency key', async () => {
    const api = await startRecordingApi([500, 200])
    const stripe = createStripeClient({ secretKey: 'sk_test_client2', apiBaseUrl: api.url })

    await stripe.checkout.sessions.expire('cs_test_1')

    expect(api.requests.map((request) => request.path)).toEqual(['/v1/checkout/sessions/cs_test_1/expire', '/v1/checkout/sessions/cs_test_1/expire'])
    const keys = api.requests.map((request) => request.headers['idempotency-key'])
    expect(keys[0]).toEqual(expect.any(String))
    expect(keys[1]).toBe(keys[0])
  })

  it('targets api.stripe.com without apiBaseUrl', () => {
    for (const apiBaseUrl of [undefined, '']) {
      const stripe = createStripeClient({ secretKey: 'sk_test_client3', apiBaseUrl })

      expect(stripe.getApiField('host')).toBe('api.stripe.com')
      expect(stripe.getApiField('protocol')).toBe('https')
      expect(stripe.getMaxNetworkRetries()).toBe(2)
      expect(stripe.getApiField('timeout')).toBe(20_000)
    }
  })

  it('defaults the port by protocol', () => {
    const stripe = createStripeClient({ secretKey: 'sk_test_client4', apiBaseUrl: 'https://stripe-mock.internal' })

    expect(stripe.getApiField('host')).toBe('stripe-mock.internal')
    expect(stripe.getApiField('port')).toBe(443)
    expect(stripe.getApiField('protocol')).toBe('https')
  })

  it.each([
    ['not a url', /expected e\.g\. http:\/\/127\.0\.0\.1:4020/],
    ['ftp://127.0.0.1:4020', /protocol must be http or https/],
    ['http://127.0.0.1:4020/v1', /remove the path, query and fragment/],
    ['http://127.0.0.1:4020?mode=test', /remove the path, query and fragment/],
  ])('rejects apiBaseUrl %s', (apiBaseUrl, message) => {
    expect(() => createStripeClient({ secretKey: 'sk_test_client5', apiBaseUrl })).toThrow(message)
  })

  it('rejects an empty secret key', () => {
    expect(() => createStripeClient({ secretKey: ' ' })).toThrow('Stripe secret key is empty')
  })
})
