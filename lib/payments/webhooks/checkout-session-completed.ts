import type Stripe from 'stripe'

import { fulfilCheckoutSession } from '@/lib/orders/fulfil-checkout-session'
import type { WebhookHandlerInput } from '@/lib/payments/handle-stripe-webhook'

/**
 * Handles `checkout.session.completed` and `checkout.session.async_payment_succeeded`.
 * Only the session id is read from the payload; fulfilment re-reads the session.
 */
export async function handleCheckoutSessionCompleted({ db, tenantId, event, log }: WebhookHandlerInput): Promise<string> {
  const session = event.data.object as Stripe.Checkout.Session

  return fulfilCheckoutSession({ db, tenantId, checkoutSessionId: session.id, log })
}
