import type Stripe from 'stripe'

/** Parameters of a typical storefront checkout: two units of one proxy plan at $12.50, with order metadata. */
export function checkoutSessionParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      {
        quantity: 2,
        price_data: {
          currency: 'usd',
          unit_amount: 1250,
          product_data: { name: 'Datacenter proxies – 10 GB', description: 'United States, 30 days' },
        },
      },
    ],
    success_url: 'http://127.0.0.1:3000/orders/success?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://127.0.0.1:3000/cart',
    client_reference_id: 'order_123',
    customer_email: 'buyer@example.com',
    metadata: { orderId: 'order_123', tenantId: 'tenant_abc' },
    payment_intent_data: { metadata: { orderId: 'order_123', tenantId: 'tenant_abc' } },
    ...overrides,
  }
}

/** Submits the hosted payment page the way a browser posts its form; `redirect: 'manual'` keeps the 303 visible. */
export async function submitHostedPayment(
  simulatorUrl: string,
  sessionId: string,
  fields: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${simulatorUrl}/checkout/${sessionId}/pay`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: 'buyer@example.com',
      payment_method: 'card',
      card_number: '4242 4242 4242 4242',
      card_expiry: '12 / 40',
      card_cvc: '123',
      cardholder_name: 'Ada Buyer',
      ...fields,
    }),
  })
}
