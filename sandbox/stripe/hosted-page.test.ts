import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStripeClient } from '@/lib/payments/stripe-client'

import { startStripeSimulator } from './server'
import type { StripeSimulator } from './server'
import { checkoutSessionParams, submitHostedPayment } from './testing/fixtures'
import { createTestSecretKey } from './testing/webhook-receiver'

let simulator: StripeSimulator

beforeAll(async () => {
  simulator = await startStripeSimulator()
})

afterAll(async () => {
  await simulator.close()
})

async function createSession(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Promise<{ stripe: Stripe; secretKey: string; session: Stripe.Checkout.Session }> {
  const secretKey = createTestSecretKey()
  const stripe = createStripeClient({ secretKey, apiBaseUrl: simulator.url })
  const session = await stripe.checkout.sessions.create(checkoutSessionParams(overrides))

  return { stripe, secretKey, session }
}

describe('GET /checkout/:id', () => {
  it('renders order and prefilled form', async () => {
    const { session } = await createSession({ branding_settings: { display_name: 'Cat <Proxies>' } })
    const response = await fetch(String(session.url))
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Cat &lt;Proxies&gt;')
    expect(html).not.toContain('Cat <Proxies>')
    expect(html).toContain('Datacenter proxies – 10 GB')
    expect(html).toContain('United States, 30 days')
    expect(html).toContain('Qty 2 × $12.50')
    expect(html).toContain('$25.00')
    expect(html).toMatch(/<label for="email">Email<\/label><input id="email" name="email" type="email" autocomplete="email" value="buyer@example.com" required>/)
    expect(html).toContain('<label for="card_number">Card number</label>')
    expect(html).toContain('value="4242 4242 4242 4242"')
    expect(html).toContain('<button type="submit">Pay $25.00</button>')
    expect(html).toContain('<a class="cancel" href="http://127.0.0.1:3000/cart">')
    expect(html).toContain(':focus-visible')
    expect(html).not.toMatch(/<script|<link|src="http/)
  })

  it('formats zero-decimal currencies', async () => {
    const { session } = await createSession({
      line_items: [{ quantity: 1, price_data: { currency: 'jpy', unit_amount: 1500, product_data: { name: 'Mobile proxy' } } }],
    })
    const html = await (await fetch(String(session.url))).text()

    expect(html).toContain('Pay ¥1,500')
  })

  it('shows the expired page', async () => {
    const { stripe, session } = await createSession()
    await stripe.checkout.sessions.expire(session.id)
    const response = await fetch(`${simulator.url}/checkout/${session.id}`)
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(html).toContain('This checkout session has expired')
    expect(html).toContain('href="http://127.0.0.1:3000/cart"')
    expect(html).not.toContain('<form')
  })

  it('shows 404 for an unknown session', async () => {
    const response = await fetch(`${simulator.url}/checkout/cs_test_unknown`)

    expect(response.status).toBe(404)
    expect(await response.text()).toContain('This checkout link is not valid')
  })
})

describe('POST /checkout/:id/pay', () => {
  it('pays and redirects to success_url', async () => {
    const { stripe, secretKey, session } = await createSession()
    const response = await submitHostedPayment(simulator.url, session.id)

    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`http://127.0.0.1:3000/orders/success?session_id=${session.id}`)

    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] })
    const paymentIntent = paid.payment_intent as Stripe.PaymentIntent
    const charge = paymentIntent.latest_charge as Stripe.Charge
    expect(paid.status).toBe('complete')
    expect(paid.payment_status).toBe('paid')
    expect(paid.url).toBeNull()
    expect(paid.customer_details?.email).toBe('buyer@example.com')
    expect(paymentIntent.id).toMatch(/^pi_/)
    expect(paymentIntent.status).toBe('succeeded')
    expect(paymentIntent.amount_received).toBe(2500)
    expect(charge.status).toBe('succeeded')
    expect(charge.payment_method_details?.card?.last4).toBe('4242')
    expect(charge.billing_details.name).toBe('Ada Buyer')
    expect(await stripe.paymentIntents.retrieve(paymentIntent.id)).toMatchObject({ id: paymentIntent.id, latest_charge: charge.id })
    expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ id: charge.id, amount: 2500, paid: true })
    expect(simulator.listEvents(secretKey).map((event) => event.type)).toEqual([
      'checkout.session.completed',
      'payment_intent.succeeded',
      'charge.succeeded',
      'payment_intent.created',
    ])
  })

  it('re-renders a declined card', async () => {
    const { stripe, secretKey, session } = await createSession()
    const response = await submitHostedPayment(simulator.url, session.id, { card_number: '4000 0000 0000 0002' })
    const html = await response.text()

    expect(response.status).toBe(402)
    expect(html).toContain('<p class="alert" role="alert" id="form-error">Your card was declined.</p>')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('value="4000 0000 0000 0002"')
    expect(simulator.listEvents(secretKey)).toEqual([])
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open')
  })

  it.each([
    ['card_number', '4242 4242 4242 4241', 'Your card number is invalid.'],
    ['card_expiry', '01 / 20', "Your card&#39;s expiration date is in the past."],
    ['card_expiry', '13 / 40', "Your card&#39;s expiration date is incomplete."],
    ['card_cvc', '12', "Your card&#39;s security code is incomplete."],
    ['email', 'not-an-email', 'Your email address is invalid.'],
  ])('rejects %s %s with 400', async (field, value, message) => {
    const { secretKey, session } = await createSession()
    const response = await submitHostedPayment(simulator.url, session.id, { [field]: value })
    const html = await response.text()

    expect(response.status).toBe(400)
    expect(html).toContain(message)
    expect(html).toContain(`id="${field}" name="${field}"`)
    expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`))
    expect(simulator.listEvents(secretKey)).toEqual([])
  })

  it('rejects a second payment', async () => {
    const { secretKey, session } = await createSession()
    await submitHostedPayment(simulator.url, session.id)
    const eventCount = simulator.listEvents(secretKey).length
    const response = await submitHostedPayment(simulator.url, session.id)
    const html = await response.text()

    expect(response.status).toBe(409)
    expect(html).toContain('This checkout is already complete')
    expect(html).toContain(`href="http://127.0.0.1:3000/orders/success?session_id=${session.id}"`)
    expect(simulator.listEvents(secretKey)).toHaveLength(eventCount)
  })

  it('accepts one of two concurrent payments', async () => {
    const { secretKey, session } = await createSession()
    const responses = await Promise.all([submitHostedPayment(simulator.url, session.id), submitHostedPayment(simulator.url, session.id)])

    expect(responses.map((response) => response.status).sort()).toEqual([303, 409])
    expect(simulator.listEvents(secretKey).filter((event) => event.type === 'checkout.session.completed')).toHaveLength(1)
  })

  it('settles a delayed bank payment', async () => {
    const { stripe, secretKey, session } = await createSession()
    const response = await submitHostedPayment(simulator.url, session.id, { payment_method: 'us_bank_account', card_number: '' })

    expect(response.status).toBe(303)
    const pending = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] })
    expect(pending.status).toBe('complete')
    expect(pending.payment_status).toBe('unpaid')
    expect((pending.payment_intent as Stripe.PaymentIntent).status).toBe('processing')
    const completed = simulator.listEvents(secretKey).find((event) => event.type === 'checkout.session.completed')
    expect(completed?.data.object).toMatchObject({ payment_status: 'unpaid' })

    simulator.settleAsyncPayment(session.id, 'succeeded')

    const settled = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] })
    expect(settled.payment_status).toBe('paid')
    expect((settled.payment_intent as Stripe.PaymentIntent).status).toBe('succeeded')
    expect(simulator.listEvents(secretKey)[0]?.type).toBe('checkout.session.async_payment_succeeded')
  })

  it('fails a delayed bank payment', async () => {
    const { stripe, secretKey, session } = await createSession()
    simulator.completeCheckoutSession(session.id, { outcome: 'async_pending' })

    simulator.settleAsyncPayment(session.id, 'failed')

    const failed = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] })
    expect(failed.payment_status).toBe('unpaid')
    expect((failed.payment_intent as Stripe.PaymentIntent).status).toBe('requires_payment_method')
    expect(simulator.listEvents(secretKey).slice(0, 3).map((event) => event.type)).toEqual([
      'checkout.session.async_payment_failed',
      'payment_intent.payment_failed',
      'charge.failed',
    ])
    expect(() => simulator.settleAsyncPayment(session.id, 'succeeded')).toThrow(/no delayed payment awaiting settlement/)
  })

  it('rejects paying an expired session', async () => {
    const { stripe, secretKey, session } = await createSession()
    await stripe.checkout.sessions.expire(session.id)
    const response = await submitHostedPayment(simulator.url, session.id)

    expect(response.status).toBe(409)
    expect(await response.text()).toContain('This checkout session has expired')
    expect(simulator.listEvents(secretKey).map((event) => event.type)).toEqual(['checkout.session.expired'])
  })
})
