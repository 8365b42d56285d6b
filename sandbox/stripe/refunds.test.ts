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

/** A paid $25.00 session; returns its PaymentIntent id. */
async function createPaidPayment(): Promise<{ stripe: Stripe; secretKey: string; paymentIntentId: string }> {
  const secretKey = createTestSecretKey()
  const stripe = createStripeClient({ secretKey, apiBaseUrl: simulator.url })
  const session = await stripe.checkout.sessions.create(checkoutSessionParams())
  const paid = simulator.completeCheckoutSession(session.id)

  return { stripe, secretKey, paymentIntentId: String(paid.payment_intent) }
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(Stripe.errors.StripeError)

  return error as Stripe.errors.StripeError
}

describe('POST /v1/refunds', () => {
  it('refunds the full amount by default', async () => {
    const { stripe, secretKey, paymentIntentId } = await createPaidPayment()

    const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, reason: 'requested_by_customer', metadata: { orderId: 'order_123' } })

    expect(refund.id).toMatch(/^re_/)
    expect(refund.object).toBe('refund')
    expect(refund.amount).toBe(2500)
    expect(refund.status).toBe('succeeded')
    expect(refund.payment_intent).toBe(paymentIntentId)
    expect(refund.reason).toBe('requested_by_customer')
    expect(refund.metadata).toEqual({ orderId: 'order_123' })
    const charge = await stripe.charges.retrieve(String(refund.charge))
    expect(charge.amount_refunded).toBe(2500)
    expect(charge.refunded).toBe(true)
    expect(await stripe.refunds.retrieve(refund.id)).toMatchObject({ id: refund.id, amount: 2500 })

    const [chargeRefunded, refundCreated] = simulator.listEvents(secretKey)
    expect(refundCreated?.type).toBe('refund.created')
    expect(chargeRefunded?.type).toBe('charge.refunded')
    expect(chargeRefunded?.data.object).toMatchObject({ id: charge.id, amount_refunded: 2500, refunded: true })
  })

  it('refunds in parts up to the amount', async () => {
    const { stripe, paymentIntentId } = await createPaidPayment()

    await stripe.refunds.create({ payment_intent: paymentIntentId, amount: 1000 })
    const partial = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] })
    const tooLarge = await rejection(stripe.refunds.create({ payment_intent: paymentIntentId, amount: 1501 }))
    const rest = await stripe.refunds.create({ payment_intent: paymentIntentId })
    const again = await rejection(stripe.refunds.create({ payment_intent: paymentIntentId }))

    expect((partial.latest_charge as Stripe.Charge).amount_refunded).toBe(1000)
    expect((partial.latest_charge as Stripe.Charge).refunded).toBe(false)
    expect(tooLarge).toMatchObject({ statusCode: 400, param: 'amount', code: 'amount_too_large' })
    expect(tooLarge.message).toMatch(/\$15\.01.*\$15\.00/)
    expect(rest.amount).toBe(1500)
    expect(again).toMatchObject({ statusCode: 400, code: 'charge_already_refunded' })
    expect((await stripe.refunds.list({ payment_intent: paymentIntentId })).data.map((refund) => refund.amount)).toEqual([1500, 1000])
  })

  it('refunds by charge id', async () => {
    const { stripe, paymentIntentId } = await createPaidPayment()
    const paymentIntent = await stripe.paymentIntents.retrieve(paymentIntentId)

    const refund = await stripe.refunds.create({ charge: String(paymentIntent.latest_charge), amount: 100 })

    expect(refund.payment_intent).toBe(paymentIntentId)
    expect(refund.amount).toBe(100)
  })

  it.each<[string, Stripe.RefundCreateParams, number, string | undefined]>([
    ['an unknown payment_intent', { payment_intent: 'pi_unknown' }, 404, 'payment_intent'],
    ['an unknown charge', { charge: 'ch_unknown' }, 404, 'charge'],
    ['neither payment_intent nor charge', {}, 400, undefined],
    ['a zero amount', { payment_intent: 'pi_unknown', amount: 0 }, 400, 'amount'],
  ])('rejects %s', async (_case, params, statusCode, param) => {
    const error = await rejection(createStripeClient({ secretKey: createTestSecretKey(), apiBaseUrl: simulator.url }).refunds.create(params))

    expect(error.statusCode).toBe(statusCode)
    expect(error.param).toBe(param)
  })

  it('rejects refunding an unsettled payment', async () => {
    const secretKey = createTestSecretKey()
    const stripe = createStripeClient({ secretKey, apiBaseUrl: simulator.url })
    const session = await stripe.checkout.sessions.create(checkoutSessionParams())
    const pending = simulator.completeCheckoutSession(session.id, { outcome: 'async_pending' })

    const error = await rejection(stripe.refunds.create({ payment_intent: String(pending.payment_intent) }))

    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/status "processing"/)
  })

  it("hides another account's PaymentIntent", async () => {
    const { paymentIntentId } = await createPaidPayment()
    const other = createStripeClient({ secretKey: createTestSecretKey(), apiBaseUrl: simulator.url })

    expect(await rejection(other.refunds.create({ payment_intent: paymentIntentId }))).toMatchObject({ statusCode: 404 })
    expect(await rejection(other.paymentIntents.retrieve(paymentIntentId))).toMatchObject({ statusCode: 404, param: 'intent' })
  })
})

describe('createDispute', () => {
  it('opens a dispute and blocks refunds', async () => {
    const { stripe, secretKey, paymentIntentId } = await createPaidPayment()

    const dispute = simulator.createDispute(paymentIntentId)
    const error = await rejection(stripe.refunds.create({ payment_intent: paymentIntentId }))

    expect(dispute).toMatchObject({ object: 'dispute', amount: 2500, payment_intent: paymentIntentId, status: 'needs_response' })
    expect(simulator.listEvents(secretKey)[0]).toMatchObject({ type: 'charge.dispute.created', data: { object: { id: dispute.id } } })
    expect((await stripe.charges.retrieve(String(dispute.charge))).disputed).toBe(true)
    expect(error).toMatchObject({ statusCode: 400, code: 'charge_disputed' })
  })
})
