import type { Database } from '@/lib/db/prisma'
import { recordLedgerEntry } from '@/lib/ledger/record-ledger-entry'
import type { Logger } from '@/lib/logger'
import { findOrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { transitionOrder } from '@/lib/orders/transition-order'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'

export type RunOrderRefundInput = { db: Database; tenantId: string; orderId: string; log: Logger }

/**
 * Refunds a REFUNDING order in full through Stripe and records it: REFUNDED, the refund
 * id, and a negative CUSTOMER_REFUND ledger entry, in one transaction. The Stripe call
 * carries an idempotency key derived from the order, so a retried job never refunds
 * twice. Throws when Stripe fails, so the job is retried.
 */
export async function runOrderRefund({ db, tenantId, orderId, log }: RunOrderRefundInput): Promise<string> {
  const order = await findOrderForFulfilment({ db, tenantId, orderId })
  if (!order) return 'order_not_found'
  if (order.status !== 'REFUNDING') return 'nothing_to_do'

  const payment = await db.payment.findFirst({ where: { tenantId, orderId, status: 'SUCCEEDED' }, select: { paymentIntentId: true } })
  if (!payment?.paymentIntentId) throw new Error(`Order ${orderId} has no succeeded payment to refund`)

  const stripe = await getTenantStripeClient({ db, tenantId })
  const refund = await stripe.refunds.create(
    { payment_intent: payment.paymentIntentId, reason: 'requested_by_customer', metadata: { orderId, tenantId } },
    { idempotencyKey: `order-refund-${orderId}` },
  )

  await db.$transaction(async (tx) => {
    const isRefunded = await transitionOrder({
      tx,
      tenantId,
      orderId,
      from: 'REFUNDING',
      to: 'REFUNDED',
      message: 'Refund issued to the original payment method',
      data: { refundId: refund.id, refundedAt: new Date() },
    })
    if (!isRefunded) return

    await tx.payment.updateMany({ where: { tenantId, orderId }, data: { status: 'REFUNDED' } })
    await recordLedgerEntry({
      tx,
      tenantId,
      orderId,
      kind: 'CUSTOMER_REFUND',
      amountMinor: -refund.amount,
      currency: refund.currency.toUpperCase(),
      reference: refund.id,
    })
  })
  log.info({ orderId, refundId: refund.id, amountMinor: refund.amount }, 'order refunded')

  return 'refunded'
}
