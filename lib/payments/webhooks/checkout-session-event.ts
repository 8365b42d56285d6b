import type Stripe from 'stripe'

import { syncCheckoutSession } from '@/lib/orders/sync-checkout-session'
import type { WebhookHandlerInput } from '@/lib/payments/handle-stripe-webhook'

/**
 * Handles every `checkout.session.*` event the same way: only the session id is taken
 * from the payload, and the order converges on the session as Stripe reports it now.
 */
export async function handleCheckoutSessionEvent({ db, jobs, tenantId, event, log }: WebhookHandlerInput): Promise<string> {
  const session = event.data.object as Stripe.Checkout.Session

  return syncCheckoutSession({ db, jobs, tenantId, checkoutSessionId: session.id, log })
}
