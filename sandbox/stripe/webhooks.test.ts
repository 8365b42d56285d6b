import Stripe from 'stripe'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createStripeClient } from '@/lib/payments/stripe-client'

import { startStripeSimulator } from './server'
import type { StripeSimulator } from './server'
import { checkoutSessionParams, submitHostedPayment } from './testing/fixtures'
import { createTestSecretKey, startWebhookReceiver } from './testing/webhook-receiver'
import type { WebhookReceiver } from './testing/webhook-receiver'

let simulator: StripeSimulator
let receiver: WebhookReceiver
let stripe: Stripe
let secretKey: string

beforeAll(async () => {
  simulator = await startStripeSimulator({ webhookRetryDelaysMs: [50, 100] })
})

afterAll(async () => {
  await simulator.close()
})

beforeEach(async () => {
  receiver = await startWebhookReceiver()
  secretKey = createTestSecretKey()
  stripe = createStripeClient({ secretKey, apiBaseUrl: simulator.url })
})

afterEach(async () => {
  await simulator.waitForWebhookDeliveries()
  await receiver.close()
})

async function createEndpoint(enabledEvents: Stripe.WebhookEndpointCreateParams.EnabledEvent[]): Promise<Stripe.WebhookEndpoint> {
  return stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: enabledEvents })
}

async function payNewSession(): Promise<Stripe.Checkout.Session> {
  const session = await stripe.checkout.sessions.create(checkoutSessionParams())
  const response = await submitHostedPayment(simulator.url, session.id)
  expect(response.status).toBe(303)

  return session
}

describe('webhook delivery', () => {
  it('delivers a verifiable signed event', async () => {
    const endpoint = await createEndpoint(['checkout.session.completed'])
    const session = await payNewSession()
    await simulator.waitForWebhookDeliveries()

    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    const signature = String(delivery?.headers['stripe-signature'])
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(delivery?.headers['content-type']).toBe('application/json; charset=utf-8')

    const event = stripe.webhooks.constructEvent(String(delivery?.body), signature, String(endpoint.secret))
    expect(event.id).toMatch(/^evt_/)
    expect(event.type).toBe('checkout.session.completed')
    expect(event.object).toBe('event')
    expect(event.livemode).toBe(false)
    expect(event.api_version).toBe(Stripe.API_VERSION)
    expect(event.pending_webhooks).toBe(1)
    expect(event.request).toEqual({ id: null, idempotency_key: null })
    const object = event.data.object as Stripe.Checkout.Session
    expect(object.id).toBe(session.id)
    expect(object.payment_status).toBe('paid')
    expect(object.metadata).toEqual({ orderId: 'order_123', tenantId: 'tenant_abc' })
    expect(simulator.listDeliveries().filter((attempt) => attempt.url === receiver.url)).toEqual([
      expect.objectContaining({ eventId: event.id, statusCode: 200, attempt: 1, error: null }),
    ])
    expect((await stripe.events.retrieve(event.id)).pending_webhooks).toBe(0)
  })

  it('fails verification when tampered', async () => {
    const endpoint = await createEndpoint(['checkout.session.completed'])
    await payNewSession()
    await simulator.waitForWebhookDeliveries()
    const delivery = receiver.received[0]
    const signature = String(delivery?.headers['stripe-signature'])
    const tampered = String(delivery?.body).replace('"amount_total": 2500', '"amount_total": 1')

    expect(tampered).not.toBe(delivery?.body)
    expect(() => stripe.webhooks.constructEvent(tampered, signature, String(endpoint.secret))).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
    expect(() => stripe.webhooks.constructEvent(String(delivery?.body), signature, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
  })

  it('retries after 5xx until 2xx', async () => {
    await createEndpoint(['checkout.session.completed'])
    receiver.respondWith([500, 503])
    await payNewSession()
    await simulator.waitForWebhookDeliveries()

    expect(receiver.received.map((delivery) => delivery.statusCode)).toEqual([500, 503, 200])
    const eventIds = new Set(receiver.received.map((delivery) => (JSON.parse(delivery.body) as { id: string }).id))
    expect(eventIds.size).toBe(1)
    const attempts = simulator.listDeliveries().filter((attempt) => attempt.url === receiver.url)
    expect(attempts.map((attempt) => [attempt.attempt, attempt.statusCode])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ])
  })

  it('gives up after the last retry', async () => {
    await createEndpoint(['checkout.session.completed'])
    receiver.respondWith([500, 500, 500, 500])
    await payNewSession()
    await simulator.waitForWebhookDeliveries()

    expect(receiver.received).toHaveLength(3)
    expect(simulator.listEvents(secretKey).find((event) => event.type === 'checkout.session.completed')?.pending_webhooks).toBe(1)
  })

  it('retries refused connections', async () => {
    await createEndpoint(['checkout.session.completed'])
    await receiver.close()
    await payNewSession()
    await simulator.waitForWebhookDeliveries()

    const attempts = simulator.listDeliveries().filter((attempt) => attempt.url === receiver.url)
    expect(attempts).toHaveLength(3)
    expect(attempts.every((attempt) => attempt.statusCode === null && attempt.error !== null)).toBe(true)
    receiver = await startWebhookReceiver()
  })

  it('sends nothing for a declined card', async () => {
    await createEndpoint(['*'])
    const session = await stripe.checkout.sessions.create(checkoutSessionParams())
    const response = await submitHostedPayment(simulator.url, session.id, { card_number: '4000000000000002' })
    await simulator.waitForWebhookDeliveries()

    expect(response.status).toBe(402)
    expect(receiver.received).toEqual([])
  })

  it('sends only subscribed event types', async () => {
    await createEndpoint(['payment_intent.succeeded', 'charge.succeeded'])
    await payNewSession()
    await simulator.waitForWebhookDeliveries()

    const types = receiver.received.map((delivery) => (JSON.parse(delivery.body) as { type: string }).type).sort()
    expect(types).toEqual(['charge.succeeded', 'payment_intent.succeeded'])
  })

  it('resends an event as a duplicate', async () => {
    await createEndpoint(['checkout.session.completed'])
    await payNewSession()
    await simulator.waitForWebhookDeliveries()
    const eventId = (JSON.parse(String(receiver.received[0]?.body)) as { id: string }).id

    expect(simulator.resendEvent(eventId)).toBe(1)
    await simulator.waitForWebhookDeliveries()

    expect(receiver.received.map((delivery) => (JSON.parse(delivery.body) as { id: string }).id)).toEqual([eventId, eventId])
  })

  it('delivers held events newest first', async () => {
    await createEndpoint(['checkout.session.completed', 'charge.refunded'])
    simulator.pauseWebhookDelivery()
    const session = await payNewSession()
    const paid = await stripe.checkout.sessions.retrieve(session.id)
    await stripe.refunds.create({ payment_intent: String(paid.payment_intent) })
    expect(receiver.received).toEqual([])

    simulator.resumeWebhookDelivery({ order: 'newest_first' })
    await simulator.waitForWebhookDeliveries()

    const types = receiver.received.map((delivery) => (JSON.parse(delivery.body) as { type: string }).type)
    expect(types).toEqual(['charge.refunded', 'checkout.session.completed'])
  })

  it('stops retrying a deleted endpoint', async () => {
    // A long retry delay leaves time to delete the endpoint between the first attempt and the retry.
    const slowRetrySimulator = await startStripeSimulator({ webhookRetryDelaysMs: [500] })
    try {
      const client = createStripeClient({ secretKey, apiBaseUrl: slowRetrySimulator.url })
      const endpoint = await client.webhookEndpoints.create({ url: receiver.url, enabled_events: ['checkout.session.completed'] })
      receiver.respondWith([500])
      const session = await client.checkout.sessions.create(checkoutSessionParams())
      await submitHostedPayment(slowRetrySimulator.url, session.id)
      await waitUntil(() => receiver.received.length === 1)

      const deleted = await client.webhookEndpoints.del(endpoint.id)
      await slowRetrySimulator.waitForWebhookDeliveries()

      expect(deleted).toMatchObject({ id: endpoint.id, deleted: true })
      expect(receiver.received.map((delivery) => delivery.statusCode)).toEqual([500])
    } finally {
      await slowRetrySimulator.close()
    }
  })
})

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('webhook endpoints API', () => {
  it('returns the secret on create only', async () => {
    const created = await createEndpoint(['*'])
    const retrieved = await stripe.webhookEndpoints.retrieve(created.id)
    const listed = await stripe.webhookEndpoints.list()

    expect(created.id).toMatch(/^we_/)
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]+$/)
    expect(created.status).toBe('enabled')
    expect(created.enabled_events).toEqual(['*'])
    expect(retrieved.secret).toBeUndefined()
    expect(listed.data.map((endpoint) => [endpoint.id, endpoint.secret])).toEqual([[created.id, undefined]])
  })

  it.each([
    ['a non-loopback URL', 'https://example.com/webhook', /loopback addresses only/],
    ['a URL that is not http', 'ftp://127.0.0.1/webhook', /Not a valid URL/],
  ])('rejects %s', async (_case, url, message) => {
    const error = await stripe.webhookEndpoints.create({ url, enabled_events: ['*'] }).catch((rejection: unknown) => rejection)

    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error).toMatchObject({ statusCode: 400, param: 'url' })
    expect((error as Error).message).toMatch(message)
  })

  it('skips a disabled endpoint', async () => {
    const endpoint = await createEndpoint(['checkout.session.completed'])
    const disabled = await stripe.webhookEndpoints.update(endpoint.id, { disabled: true })
    await payNewSession()
    await simulator.waitForWebhookDeliveries()

    expect(disabled.status).toBe('disabled')
    expect(receiver.received).toEqual([])
  })
})
