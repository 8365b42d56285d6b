import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStripeClient } from '@/lib/payments/stripe-client'

import { startStripeSimulator } from './server'
import type { StripeSimulator } from './server'
import { checkoutSessionParams } from './testing/fixtures'
import { createTestSecretKey } from './testing/webhook-receiver'

let simulator: StripeSimulator

beforeAll(async () => {
  simulator = await startStripeSimulator()
})

afterAll(async () => {
  await simulator.close()
})

function newClient(secretKey = createTestSecretKey()): Stripe {
  return createStripeClient({ secretKey, apiBaseUrl: simulator.url })
}

async function expectStripeError(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  )
  expect(error).toBeInstanceOf(Stripe.errors.StripeError)

  return error as Stripe.errors.StripeError
}

describe('POST /v1/checkout/sessions', () => {
  it('creates an open, unpaid session', async () => {
    const before = Math.floor(Date.now() / 1000)
    const session = await newClient().checkout.sessions.create(checkoutSessionParams())

    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/)
    expect(session.object).toBe('checkout.session')
    expect(session.mode).toBe('payment')
    expect(session.status).toBe('open')
    expect(session.payment_status).toBe('unpaid')
    expect(session.amount_subtotal).toBe(2500)
    expect(session.amount_total).toBe(2500)
    expect(session.currency).toBe('usd')
    expect(session.url).toBe(`${simulator.url}/checkout/${session.id}`)
    expect(session.client_reference_id).toBe('order_123')
    expect(session.customer_email).toBe('buyer@example.com')
    expect(session.metadata).toEqual({ orderId: 'order_123', tenantId: 'tenant_abc' })
    expect(session.payment_intent).toBeNull()
    expect(session.livemode).toBe(false)
    expect(session.success_url).toBe('http://127.0.0.1:3000/orders/success?session_id={CHECKOUT_SESSION_ID}')
    expect(session.expires_at).toBeGreaterThanOrEqual(before + 24 * 60 * 60)
    expect(session.expires_at).toBeLessThanOrEqual(before + 24 * 60 * 60 + 5)
    expect(session.line_items).toBeUndefined()
  })

  it('round-trips nested line items and metadata', async () => {
    const stripe = newClient()
    const metadata = { 'order id': 'a&b=c', note: 'prüfung [ok]', empty: '' }
    const session = await stripe.checkout.sessions.create({
      ...checkoutSessionParams({ metadata }),
      line_items: [
        { quantity: 3, price_data: { currency: 'eur', unit_amount: 199, product_data: { name: 'Residential 1 GB', description: 'Germany' } } },
        { quantity: 1, price_data: { currency: 'eur', unit_amount: 1000, product_data: { name: 'Static IP' } } },
      ],
      expand: ['line_items'],
    })

    expect(session.metadata).toEqual(metadata)
    expect(session.currency).toBe('eur')
    expect(session.amount_total).toBe(3 * 199 + 1000)
    const items = session.line_items?.data ?? []
    expect(items.map((item) => [item.description, item.quantity, item.price?.unit_amount, item.amount_total])).toEqual([
      ['Residential 1 GB', 3, 199, 597],
      ['Static IP', 1, 1000, 1000],
    ])

    const lineItems = await stripe.checkout.sessions.listLineItems(session.id)
    expect(lineItems.data.map((item) => item.id)).toEqual(items.map((item) => item.id))
  })

  it('copies payment_intent_data to the PaymentIntent', async () => {
    const stripe = newClient()
    const session = await stripe.checkout.sessions.create(
      checkoutSessionParams({ payment_intent_data: { metadata: { orderId: 'order_777' }, description: 'Order 777' } }),
    )
    simulator.completeCheckoutSession(session.id)

    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] })
    const paymentIntent = paid.payment_intent as Stripe.PaymentIntent
    expect(paymentIntent.metadata).toEqual({ orderId: 'order_777' })
    expect(paymentIntent.description).toBe('Order 777')
    expect(paymentIntent.amount).toBe(2500)
  })

  it('accepts expand[] written with empty brackets', async () => {
    const secretKey = createTestSecretKey()
    const body = new URLSearchParams({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][unit_amount]': '500',
      'line_items[0][price_data][product_data][name]': 'Proxy',
      'metadata[orderId]': 'order_9',
      'expand[]': 'line_items',
    })
    const response = await fetch(`${simulator.url}/v1/checkout/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    })
    const session = (await response.json()) as { metadata: unknown; line_items: { data: unknown[] } }

    expect(response.status).toBe(200)
    expect(response.headers.get('request-id')).toMatch(/^req_/)
    expect(session.metadata).toEqual({ orderId: 'order_9' })
    expect(session.line_items.data).toHaveLength(1)
  })

  it.each<[string, Partial<Stripe.Checkout.SessionCreateParams>, string, RegExp]>([
    ['missing line_items', { line_items: undefined }, 'line_items', /Missing required param: line_items/],
    [
      'a non-integer unit_amount',
      { line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 'abc' as unknown as number, product_data: { name: 'x' } } }] },
      'line_items[0][price_data][unit_amount]',
      /Invalid integer: abc/,
    ],
    [
      'a zero quantity',
      { line_items: [{ quantity: 0, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } } }] },
      'line_items[0][quantity]',
      /greater than or equal to 1/,
    ],
    [
      'an unknown currency',
      { line_items: [{ quantity: 1, price_data: { currency: 'xyz', unit_amount: 100, product_data: { name: 'x' } } }] },
      'line_items[0][price_data][currency]',
      /Invalid currency: xyz/,
    ],
    [
      'a missing product name',
      { line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { description: 'x' } as unknown as { name: string } } }] },
      'line_items[0][price_data][product_data][name]',
      /Missing required param/,
    ],
    [
      'a price id',
      { line_items: [{ quantity: 1, price: 'price_123' }] },
      'line_items[0][price]',
      /price_data only/,
    ],
    ['an invalid success_url', { success_url: 'not a url' }, 'success_url', /Not a valid URL/],
    ['mode=subscription', { mode: 'subscription' }, 'mode', /mode=payment only/],
    ['an unknown mode', { mode: 'rental' as Stripe.Checkout.SessionCreateParams.Mode }, 'mode', /must be one of payment, setup, subscription/],
    ['an expires_at under 30 minutes away', { expires_at: Math.floor(Date.now() / 1000) + 60 }, 'expires_at', /30 minutes and 24 hours/],
    ['a metadata key over 40 characters', { metadata: { ['k'.repeat(41)]: 'v' } }, `metadata[${'k'.repeat(41)}]`, /up to 40 characters/],
    ['an invalid customer_email', { customer_email: 'buyer' }, 'customer_email', /Invalid email address: buyer/],
  ])('rejects %s', async (_case, overrides, param, message) => {
    const error = await expectStripeError(newClient().checkout.sessions.create(checkoutSessionParams(overrides)))

    expect(error.statusCode).toBe(400)
    expect(error.type).toBe('StripeInvalidRequestError')
    expect(error.param).toBe(param)
    expect(error.message).toMatch(message)
  })

  it('rejects line items in different currencies', async () => {
    const error = await expectStripeError(
      newClient().checkout.sessions.create({
        mode: 'payment',
        line_items: [
          { quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'a' } } },
          { quantity: 1, price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'b' } } },
        ],
      }),
    )

    expect(error.statusCode).toBe(400)
    expect(error.param).toBe('line_items')
  })

  it('rejects a total below the usd minimum', async () => {
    const error = await expectStripeError(
      newClient().checkout.sessions.create({
        mode: 'payment',
        line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 49, product_data: { name: 'a' } } }],
      }),
    )

    expect(error.statusCode).toBe(400)
    expect(error.code).toBe('amount_too_small')
  })
})

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key', async () => {
    const stripe = newClient()
    const first = await stripe.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'order_123-attempt-1' })
    const second = await stripe.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'order_123-attempt-1' })

    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined()
    expect((await stripe.checkout.sessions.list()).data).toHaveLength(1)
  })

  it('rejects the same key with different parameters', async () => {
    const stripe = newClient()
    await stripe.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'reused-key' })
    const error = await expectStripeError(
      stripe.checkout.sessions.create(checkoutSessionParams({ client_reference_id: 'order_456' }), { idempotencyKey: 'reused-key' }),
    )

    expect(error.statusCode).toBe(400)
    expect(error.type).toBe('StripeIdempotencyError')
  })

  it('scopes keys to the account', async () => {
    const first = await newClient().checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'shared-key' })
    const second = await newClient().checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'shared-key' })

    expect(second.id).not.toBe(first.id)
  })

  it('reuses the key after a 400', async () => {
    const stripe = newClient()
    const rejected = await expectStripeError(
      stripe.checkout.sessions.create(checkoutSessionParams({ success_url: 'not a url' }), { idempotencyKey: 'fix-and-retry' }),
    )
    const session = await stripe.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'fix-and-retry' })

    expect(rejected.statusCode).toBe(400)
    expect(session.status).toBe('open')
  })
})

describe('authentication and isolation', () => {
  it.each([['sk_live_abc123'], ['garbage'], ['sk_test_with-dash'], ['pk_test_abc']])('rejects key %s with 401', async (secretKey) => {
    const error = await expectStripeError(newClient(secretKey).checkout.sessions.list())

    expect(error.statusCode).toBe(401)
    expect(error.type).toBe('StripeAuthenticationError')
    expect(error.message).toMatch(/Invalid API Key provided/)
    expect(error.message).not.toContain(secretKey.slice(8, -4) || secretKey)
  })

  it('rejects a missing key with 401', async () => {
    const response = await fetch(`${simulator.url}/v1/checkout/sessions`)
    const body = (await response.json()) as { error: { type: string; message: string } }

    expect(response.status).toBe(401)
    expect(body.error.type).toBe('invalid_request_error')
    expect(body.error.message).toMatch(/did not provide an API key/)
  })

  it('accepts the key as HTTP Basic user name', async () => {
    const secretKey = createTestSecretKey()
    const response = await fetch(`${simulator.url}/v1/checkout/sessions`, {
      headers: { authorization: `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}` },
    })

    expect(response.status).toBe(200)
  })

  it("hides one account's sessions from another", async () => {
    const owner = newClient()
    const other = newClient()
    const session = await owner.checkout.sessions.create(checkoutSessionParams())

    const error = await expectStripeError(other.checkout.sessions.retrieve(session.id))
    expect(error.statusCode).toBe(404)
    expect(error.code).toBe('resource_missing')
    expect((await other.checkout.sessions.list()).data).toEqual([])
    expect(await expectStripeError(other.checkout.sessions.expire(session.id))).toMatchObject({ statusCode: 404 })
    expect((await owner.checkout.sessions.retrieve(session.id)).status).toBe('open')
  })
})

describe('GET /v1/checkout/sessions', () => {
  it('returns 404 for an unknown id', async () => {
    const error = await expectStripeError(newClient().checkout.sessions.retrieve('cs_test_doesnotexist'))

    expect(error.statusCode).toBe(404)
    expect(error.code).toBe('resource_missing')
    expect(error.param).toBe('session')
    expect(error.message).toContain("'cs_test_doesnotexist'")
  })

  it('filters the list by payment_intent', async () => {
    const stripe = newClient()
    const paidSession = await stripe.checkout.sessions.create(checkoutSessionParams())
    await stripe.checkout.sessions.create(checkoutSessionParams())
    const paid = simulator.completeCheckoutSession(paidSession.id)

    const all = await stripe.checkout.sessions.list()
    const filtered = await stripe.checkout.sessions.list({ payment_intent: String(paid.payment_intent) })

    expect(all.data).toHaveLength(2)
    expect(filtered.data.map((session) => session.id)).toEqual([paidSession.id])
  })

  it('pages newest first', async () => {
    const stripe = newClient()
    const created: string[] = []
    for (let index = 0; index < 3; index += 1) {
      created.push((await stripe.checkout.sessions.create(checkoutSessionParams())).id)
    }

    const firstPage = await stripe.checkout.sessions.list({ limit: 2 })
    const secondPage = await stripe.checkout.sessions.list({ limit: 2, starting_after: firstPage.data[1]?.id })
    const autoPaged: string[] = []
    for await (const session of stripe.checkout.sessions.list({ limit: 1 })) {
      autoPaged.push(session.id)
    }

    expect(firstPage.data.map((session) => session.id)).toEqual([created[2], created[1]])
    expect(firstPage.has_more).toBe(true)
    expect(secondPage.data.map((session) => session.id)).toEqual([created[0]])
    expect(secondPage.has_more).toBe(false)
    expect(autoPaged).toEqual([...created].reverse())
  })

  it('returns 404 for an unknown URL', async () => {
    const error = await expectStripeError(newClient().rawRequest('GET', '/v1/proxies'))

    expect(error.statusCode).toBe(404)
    expect(error.message).toMatch(/Unrecognized request URL \(GET: \/v1\/proxies\)/)
  })
})

describe('POST /v1/checkout/sessions/:id/expire', () => {
  it('expires an open session', async () => {
    const secretKey = createTestSecretKey()
    const stripe = newClient(secretKey)
    const session = await stripe.checkout.sessions.create(checkoutSessionParams())

    const expired = await stripe.checkout.sessions.expire(session.id)

    expect(expired.status).toBe('expired')
    expect(expired.url).toBeNull()
    const events = simulator.listEvents(secretKey)
    expect(events.map((event) => event.type)).toEqual(['checkout.session.expired'])
    expect(events[0]?.data.object).toMatchObject({ id: session.id, status: 'expired' })
  })

  it('rejects expiring a paid session', async () => {
    const stripe = newClient()
    const session = await stripe.checkout.sessions.create(checkoutSessionParams())
    simulator.completeCheckoutSession(session.id)

    const error = await expectStripeError(stripe.checkout.sessions.expire(session.id))

    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/status of "complete"/)
  })

  it('expires a session at expires_at', async () => {
    let nowMs = Date.now()
    const clockedSimulator = await startStripeSimulator({ now: () => nowMs })
    try {
      const secretKey = createTestSecretKey()
      const stripe = createStripeClient({ secretKey, apiBaseUrl: clockedSimulator.url })
      const session = await stripe.checkout.sessions.create(checkoutSessionParams({ expires_at: Math.floor(nowMs / 1000) + 3600 }))

      nowMs += 3600 * 1000
      const retrieved = await stripe.checkout.sessions.retrieve(session.id)

      expect(retrieved.status).toBe('expired')
      expect(clockedSimulator.listEvents(secretKey).map((event) => event.type)).toEqual(['checkout.session.expired'])
    } finally {
      await clockedSimulator.close()
    }
  })
})
