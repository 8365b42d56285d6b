import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refundOrderByStaff } from '@/lib/admin/refund-order-by-staff'

import { expectLedgerBalanced, startIspCheckout, waitForOrderStatus } from '@/tests/helpers/purchase'
import { startTestStore, waitFor, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore()
})

afterAll(async () => {
  await store?.stop()
})

async function paymentIntentOf(orderId: string): Promise<string> {
  const payment = await waitFor(async () => {
    const row = await store.db.payment.findFirst({ where: { orderId, status: 'SUCCEEDED' } })
    return row?.paymentIntentId ? row : null
  })

  return payment.paymentIntentId ?? ''
}

describe('Stripe payment events', () => {
  it('expires an unpaid order when its checkout expires', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)

    await store.stripeSimulator.expireCheckoutSession(checkoutSessionId)

    await waitForOrderStatus(store, orderId, 'EXPIRED')
    expect(await store.db.ledgerEntry.count({ where: { orderId } })).toBe(0)
  })

  it('waits for a delayed payment, then delivers', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)

    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId, { outcome: 'async_pending' })
    await store.stripeSimulator.waitForWebhookDeliveries()
    expect((await store.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('AWAITING_PAYMENT')

    await store.stripeSimulator.settleAsyncPayment(checkoutSessionId, 'succeeded')
    await waitForOrderStatus(store, orderId, 'DELIVERED')
    await expectLedgerBalanced(store, orderId)
  })

  it('cancels the order when a delayed payment fails', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)

    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId, { outcome: 'async_pending' })
    await store.stripeSimulator.settleAsyncPayment(checkoutSessionId, 'failed')

    await waitForOrderStatus(store, orderId, 'CANCELED')
    expect(await store.db.ledgerEntry.count({ where: { orderId } })).toBe(0)
  })

  it('records a dashboard refund and flags the active proxies', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    await waitForOrderStatus(store, orderId, 'DELIVERED')

    const refund = await store.stripe.refunds.create({ payment_intent: await paymentIntentOf(orderId) })

    await waitForOrderStatus(store, orderId, 'REFUNDED')
    const refundEntry = await store.db.ledgerEntry.findFirst({ where: { orderId, kind: 'CUSTOMER_REFUND' } })
    expect(refundEntry?.reference).toBe(refund.id)
    expect(refundEntry?.amountMinor).toBe(-refund.amount)
    const alert = await store.db.resellerAlert.findFirst({ where: { orderId, kind: 'refunded_but_active' } })
    expect(alert?.message).toContain('still active at CatProxies')
  })

  it('alerts the reseller when a payment is disputed', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    await waitForOrderStatus(store, orderId, 'DELIVERED')

    await store.stripeSimulator.createDispute(await paymentIntentOf(orderId))

    const alert = await waitFor(() => store.db.resellerAlert.findFirst({ where: { orderId, kind: 'dispute_opened' } }))
    expect(alert.message).toContain('Respond in the Stripe dashboard')
  })

  it('refunds on staff request without naming the staff member to the customer', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    const delivered = await waitForOrderStatus(store, orderId, 'DELIVERED')

    await refundOrderByStaff({ db: store.db, jobs: store.jobs, tenantId: store.tenant.id, orderId, staffEmail: 'owner@shop.test' })

    const refunded = await waitForOrderStatus(store, orderId, 'REFUNDED')
    expect(refunded.failureReason).toBe('Refunded by the store.')
    const timeline = await store.db.orderEvent.findMany({ where: { orderId } })
    expect(timeline.some((event) => event.message.includes('owner@shop.test'))).toBe(false)
    const alert = await store.db.resellerAlert.findFirst({ where: { orderId, kind: 'order_refunded' } })
    expect(alert?.message).toContain('owner@shop.test')
    const refundEntry = await store.db.ledgerEntry.findFirst({ where: { orderId, kind: 'CUSTOMER_REFUND' } })
    expect(refundEntry?.amountMinor).toBe(-delivered.totalMinor)
  })
})
