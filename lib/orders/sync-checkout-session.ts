import type Stripe from 'stripe'

import type { Database } from '@/lib/db/prisma'
import { enqueueOrderFulfilment, type JobQueue } from '@/lib/jobs/job-queue'
import type { Logger } from '@/lib/logger'
import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import { markOrderPaid } from '@/lib/orders/mark-order-paid'
import { transitionOrder } from '@/lib/orders/transition-order'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'

export type SyncOutcome = 'order_not_found' | 'amount_mismatch' | 'paid' | 'payment_pending' | 'payment_failed' | 'expired' | 'awaiting_payment'

export type SyncCheckoutSessionInput = {
  db: Database
  jobs: JobQueue
  tenantId: string
  checkoutSessionId: string
  log: Logger
}

// Order states in which a fulfilment job must exist; sending one again is harmless.
const FULFILMENT_STATES = new Set(['PAID', 'PLACING', 'RETRYING', 'PLACED'])

/**
 * Converges an order with its Checkout Session as Stripe reports it now, so webhook
 * order and duplicates do not matter: it reads the session (with its PaymentIntent)
 * from Stripe, never from a payload. A paid session marks the order paid and queues its
 * fulfilment; an expired one, or a delayed payment that failed, closes the order.
 * Idempotent. Never creates an order, a payment or a charge. Webhook handlers, the
 * checkout return page and reconciliation all call it.
 */
export async function syncCheckoutSession({ db, jobs, tenantId, checkoutSessionId, log }: SyncCheckoutSessionInput): Promise<SyncOutcome> {
  const stripe = await getTenantStripeClient({ db, tenantId })
  const session = await stripe.checkout.sessions.retrieve(checkoutSessionId, { expand: ['payment_intent'] })
  const order = await db.order.findFirst({
    where: { tenantId, checkoutSessionId: session.id },
    select: { id: true, status: true, totalMinor: true, currency: true },
  })
  if (!order) {
    log.warn({ checkoutSessionId }, 'Checkout Session has no order in this tenant')
    return 'order_not_found'
  }

  const paymentIntent = typeof session.payment_intent === 'object' ? session.payment_intent : null
  if (session.payment_status === 'paid') {
    if (session.amount_total !== order.totalMinor || session.currency?.toUpperCase() !== order.currency) {
      await flagAmountMismatch({ db, tenantId, orderId: order.id, session })
      return 'amount_mismatch'
    }

    await markOrderPaid({
      db,
      tenantId,
      orderId: order.id,
      checkoutSessionId: session.id,
      paymentIntentId: paymentIntent?.id ?? (typeof session.payment_intent === 'string' ? session.payment_intent : null),
      amountMinor: order.totalMinor,
      currency: order.currency,
    })
    const current = await db.order.findFirstOrThrow({ where: { id: order.id, tenantId }, select: { status: true } })
    if (FULFILMENT_STATES.has(current.status)) await enqueueOrderFulfilment(jobs, { tenantId, orderId: order.id })

    return 'paid'
  }

  if (session.status === 'expired') {
    await db.$transaction((tx) =>
      transitionOrder({ tx, tenantId, orderId: order.id, from: 'AWAITING_PAYMENT', to: 'EXPIRED', message: 'Checkout expired before payment; nothing was charged' }),
    )
    return 'expired'
  }

  if (session.status === 'complete' && paymentIntent?.status === 'requires_payment_method') {
    await db.$transaction((tx) =>
      transitionOrder({ tx, tenantId, orderId: order.id, from: 'AWAITING_PAYMENT', to: 'CANCELED', message: 'The bank payment failed; nothing was charged' }),
    )
    return 'payment_failed'
  }

  return session.status === 'complete' ? 'payment_pending' : 'awaiting_payment'
}

async function flagAmountMismatch(input: { db: Database; tenantId: string; orderId: string; session: Stripe.Checkout.Session }) {
  const { db, tenantId, orderId, session } = input
  const reason = `Stripe charged ${session.amount_total} ${session.currency} but the order total differs; check the payment before delivering.`

  await db.$transaction(async (tx) => {
    const isFlagged = await transitionOrder({ tx, tenantId, orderId, from: 'AWAITING_PAYMENT', to: 'NEEDS_ATTENTION', message: 'Payment amount differs from the order total', data: { failureReason: reason } })
    if (isFlagged) await recordResellerAlert({ tx, tenantId, orderId, kind: 'order_needs_attention', message: reason })
  })
}
