import type Stripe from 'stripe'

import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import { recordOrderEvent } from '@/lib/orders/record-order-event'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'
import type { WebhookHandlerInput } from '@/lib/payments/handle-stripe-webhook'
import { findOrderByPaymentIntent } from '@/lib/payments/webhooks/find-order-by-payment-intent'

/** Handles `charge.dispute.created`: re-reads the dispute and alerts the reseller, who must answer it in Stripe. */
export async function handleChargeDisputeCreated({ db, tenantId, event }: WebhookHandlerInput): Promise<string> {
  const stripe = await getTenantStripeClient({ db, tenantId })
  const dispute = await stripe.disputes.retrieve((event.data.object as Stripe.Dispute).id)
  const paymentIntentId = typeof dispute.payment_intent === 'string' ? dispute.payment_intent : dispute.payment_intent?.id
  if (!paymentIntentId) return 'not_ours'

  const order = await findOrderByPaymentIntent({ db, tenantId, paymentIntentId })
  if (!order) return 'not_ours'

  await db.$transaction(async (tx) => {
    await recordResellerAlert({
      tx,
      tenantId,
      orderId: order.id,
      kind: 'dispute_opened',
      message: `The customer disputed order ${order.id} (reason: ${dispute.reason}). Respond in the Stripe dashboard before the deadline.`,
    })
    await recordOrderEvent({ tx, tenantId, orderId: order.id, status: order.status, message: 'The payment was disputed' })
  })

  return 'dispute_recorded'
}
