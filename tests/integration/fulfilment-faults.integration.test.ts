import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { expectLedgerBalanced, startIspCheckout, waitForOrderStatus } from '@/tests/helpers/purchase'
import { startTestStore, TEST_RESELLER_API_KEY, TEST_STRIPE_SECRET_KEY, type TestStore } from '@/tests/helpers/test-store'

// A short client timeout keeps the timeout case fast; the job expiry stays above it.
process.env.CATPROXIES_TIMEOUT_MS = '1500'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore({ balanceMinor: 100_000_00 })
})

afterAll(async () => {
  await store?.stop()
})

afterEach(() => {
  store.catproxies.faults.clear()
})

function upstreamOrderCount() {
  return store.catproxies.listOrders(TEST_RESELLER_API_KEY).length
}

async function payAndWait(status: string) {
  const { orderId, checkoutSessionId } = await startIspCheckout(store)
  await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
  await waitForOrderStatus(store, orderId, status)

  return orderId
}

describe('fulfilment under faults', () => {
  it('delivers once when every webhook arrives 5 times, out of order', async () => {
    const before = upstreamOrderCount()
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    store.stripeSimulator.pauseWebhookDelivery()
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)

    // listEvents returns newest first, so posting in that order reverses Stripe's order.
    const events = store.stripeSimulator.listEvents(TEST_STRIPE_SECRET_KEY).filter((event) => JSON.stringify(event.data.object).includes(checkoutSessionId) || event.type.startsWith('payment_intent') || event.type.startsWith('charge'))
    const deliveries = events.flatMap((event) => {
      const payload = JSON.stringify(event)
      const signature = store.stripe.webhooks.generateTestHeaderString({ payload, secret: store.webhookSecret })
      return Array.from({ length: 5 }, () => ({ payload, signature }))
    })
    const responses = await Promise.all(
      deliveries.map(({ payload, signature }) =>
        fetch(store.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload }),
      ),
    )
    store.stripeSimulator.resumeWebhookDelivery({ order: 'newest_first' })

    expect(responses.every((response) => response.status === 200)).toBe(true)
    await waitForOrderStatus(store, orderId, 'DELIVERED')
    await store.stripeSimulator.waitForWebhookDeliveries()
    expect(upstreamOrderCount()).toBe(before + 1)
    await expectLedgerBalanced(store, orderId)
  })

  it('delivers after two upstream 500s', async () => {
    store.catproxies.faults.inject({ method: 'POST', path: '/order', kind: 'error500', times: 2 })
    const before = upstreamOrderCount()

    const orderId = await payAndWait('DELIVERED')

    expect(upstreamOrderCount()).toBe(before + 1)
    const order = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
    expect(order.placementAttempts).toBe(3)
    await expectLedgerBalanced(store, orderId)
  })

  it('delivers after an upstream timeout', async () => {
    store.catproxies.faults.inject({ method: 'POST', path: '/order', kind: 'timeout', times: 1 })
    const before = upstreamOrderCount()

    const orderId = await payAndWait('DELIVERED')

    expect(upstreamOrderCount()).toBe(before + 1)
    await expectLedgerBalanced(store, orderId)
  })

  it('delivers after a 429 once the reset passes', async () => {
    store.catproxies.faults.inject({ method: 'POST', path: '/order', kind: 'rateLimit', times: 1, resetInMs: 1_000 })
    const before = upstreamOrderCount()

    const orderId = await payAndWait('DELIVERED')

    expect(upstreamOrderCount()).toBe(before + 1)
    await expectLedgerBalanced(store, orderId)
  })

  it('finds the order when the reply is lost after creation', async () => {
    store.catproxies.faults.inject({ method: 'POST', path: '/order', kind: 'dropAfterCreate', times: 1 })
    const before = upstreamOrderCount()

    const orderId = await payAndWait('DELIVERED')

    expect(upstreamOrderCount()).toBe(before + 1)
    const timeline = await store.db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' } })
    expect(timeline.map((event) => event.message)).toContain('Found the order placed by an earlier attempt')
    await expectLedgerBalanced(store, orderId)
  })

  it('refunds when the reseller balance runs dry', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    const balance = store.catproxies.getBalanceMinor(TEST_RESELLER_API_KEY)
    store.catproxies.setBalanceMinor(TEST_RESELLER_API_KEY, 1)

    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    const order = await waitForOrderStatus(store, orderId, 'REFUNDED')
    store.catproxies.setBalanceMinor(TEST_RESELLER_API_KEY, balance)

    expect(order.refundId).toMatch(/^re_/)
    await expectLedgerBalanced(store, orderId)
    const email = await store.db.outboundEmail.findFirst({ where: { dedupeKey: `order-refund-started:${orderId}` } })
    expect(email?.to).toBe(store.customer.email)
    const alert = await store.db.resellerAlert.findFirst({ where: { orderId, kind: 'order_refunded' } })
    expect(alert).not.toBeNull()
  })

  it('places 50 concurrent purchases exactly once each', async () => {
    const before = upstreamOrderCount()
    const checkouts = await Promise.all(Array.from({ length: 50 }, () => startIspCheckout(store)))

    await Promise.all(checkouts.map(({ checkoutSessionId }) => store.stripeSimulator.completeCheckoutSession(checkoutSessionId)))
    await Promise.all(checkouts.map(({ orderId }) => waitForOrderStatus(store, orderId, 'DELIVERED', 90_000)))

    expect(upstreamOrderCount()).toBe(before + 50)
    const linked = await store.db.order.findMany({ where: { id: { in: checkouts.map((checkout) => checkout.orderId) } }, select: { catproxiesOrderId: true } })
    expect(new Set(linked.map((order) => order.catproxiesOrderId)).size).toBe(50)
    for (const { orderId } of checkouts) await expectLedgerBalanced(store, orderId)
  }, 120_000)
})
