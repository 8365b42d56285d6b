import type Stripe from 'stripe'

import { recordLedgerEntry } from '@/lib/ledger/record-ledger-entry'
import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import { canTransitionOrder, transitionOrder } from '@/lib/orders/transition-order'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'
import type { WebhookHandlerInput } from '@/lib/payments/handle-stripe-webhook'
import { findOrderByPaymentIntent } from '@/lib/payments/webhooks/find-order-by-payment-intent'

// States whose proxies may be live upstream: a refund there leaves the reseller paying
// for proxies the customer no longer paid for.
const ACTIVE_UPSTREAM_STATES = new Set(['PLACED', 'DELIVERED', 'PLACING', 'RETRYING'])

/**
 * Handles `charge.refunded`, including refunds issued from the Stripe dashboard. It re-reads
 * the charge's refunds from Stripe and records each in the ledger, keyed by refund id so
 * our own refunds are not counted twice. On a full refund it closes the order and alerts
 * the reseller when its proxies are still active upstream.
 */
export async function handleChargeRefunded({ db, tenantId, event, log }: WebhookHandlerInput): Promise<string> {
  const stripe = await getTenantStripeClient({ db, tenantId })
  const charge = await stripe.charges.retrieve((event.data.object as Stripe.Charge).id)
  const paymentIntentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
  if (!paymentIntentId) return 'not_ours'

  const order = await findOrderByPaymentIntent({ db, tenantId, paymentIntentId })
  if (!order) return 'not_ours'

  const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 })
  const isFullRefund = charge.refunded

  await db.$transaction(async (tx) => {
    for (const refund of refunds.data.filter((candidate) => candidate.status === 'succeeded')) {
      await recordLedgerEntry({ tx, tenantId, orderId: order.id, kind: 'CUSTOMER_REFUND', amountMinor: -refund.amount, currency: refund.currency.toUpperCase(), reference: refund.id })
    }
    if (!isFullRefund) return

    if (canTransitionOrder(order.status, 'REFUNDED')) {
      await transitionOrder({ tx, tenantId, orderId: order.id, from: order.status, to: 'REFUNDED', message: 'Payment refunded', data: { refundedAt: new Date() } })
      await tx.payment.updateMany({ where: { tenantId, orderId: order.id }, data: { status: 'REFUNDED' } })
    }
    if (ACTIVE_UPSTREAM_STATES.has(order.status)) {
      await recordResellerAlert({
        tx,
        tenantId,
        orderId: order.id,
        kind: 'refunded_but_active',
        message: `Order ${order.id} was refunded in Stripe while its proxies are still active at CatProxies.`,
      })
    }
  })
  log.info({ orderId: order.id, isFullRefund }, 'charge refund recorded')

  return isFullRefund ? 'refunded' : 'partially_refunded'
}
