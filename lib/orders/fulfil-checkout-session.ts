import type { Database } from '@/lib/db/prisma'
import type { Logger } from '@/lib/logger'
import { claimOrderForPlacement } from '@/lib/orders/claim-order-for-placement'
import { markOrderPaid } from '@/lib/orders/mark-order-paid'
import { placeUpstreamOrder, type PlacementOutcome } from '@/lib/orders/place-upstream-order'
import { transitionOrder } from '@/lib/orders/transition-order'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'

export type FulfilmentOutcome =
  | 'not_paid'
  | 'order_not_found'
  | 'amount_mismatch'
  | 'already_claimed'
  | PlacementOutcome

export type FulfilCheckoutSessionInput = {
  db: Database
  tenantId: string
  checkoutSessionId: string
  log: Logger
}

/**
 * Brings an order in line with its Stripe Checkout Session. It re-reads the session
 * from Stripe instead of trusting a webhook payload, marks the order paid, claims it,
 * and places it upstream. Idempotent and safe to run concurrently: the claim lets one
 * caller through, and the others return `already_claimed` without calling CatProxies.
 * Never creates an order or a payment, and never charges the customer.
 */
export async function fulfilCheckoutSession({ db, tenantId, checkoutSessionId, log }: FulfilCheckoutSessionInput): Promise<FulfilmentOutcome> {
  const stripe = await getTenantStripeClient({ db, tenantId })
  const session = await stripe.checkout.sessions.retrieve(checkoutSessionId)
  if (session.payment_status !== 'paid') return 'not_paid'

  const order = await db.order.findFirst({
    where: { tenantId, checkoutSessionId: session.id },
    select: {
      id: true,
      tenantId: true,
      packageId: true,
      proxyType: true,
      quantity: true,
      countryId: true,
      configuration: true,
      currency: true,
      totalMinor: true,
      upstreamCostMinor: true,
    },
  })
  if (!order) {
    log.warn({ checkoutSessionId }, 'paid Checkout Session has no order in this tenant')
    return 'order_not_found'
  }

  const orderLog = log.child({ orderId: order.id, checkoutSessionId })
  if (session.amount_total !== order.totalMinor || session.currency?.toUpperCase() !== order.currency) {
    orderLog.error({ amountTotal: session.amount_total, expected: order.totalMinor }, 'Checkout Session amount differs from the order total')
    await flagAmountMismatch({ db, tenantId, orderId: order.id })
    return 'amount_mismatch'
  }

  const paymentIntentId = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null)
  await markOrderPaid({ db, tenantId, orderId: order.id, checkoutSessionId: session.id, paymentIntentId, amountMinor: order.totalMinor, currency: order.currency })

  const isClaimed = await claimOrderForPlacement({ db, tenantId, orderId: order.id })
  if (!isClaimed) return 'already_claimed'

  return placeUpstreamOrder({ db, order, log: orderLog })
}

async function flagAmountMismatch({ db, tenantId, orderId }: { db: Database; tenantId: string; orderId: string }) {
  const reason = 'The amount Stripe charged differs from the order total; check the payment before delivering.'
  await db.$transaction((tx) =>
    transitionOrder({ tx, tenantId, orderId, from: 'AWAITING_PAYMENT', to: 'NEEDS_ATTENTION', message: reason, data: { failureReason: reason } }),
  )
}
