import type { Database } from '@/lib/db/prisma'
import { findOrderForFulfilment } from '@/lib/orders/order-for-fulfilment'

/** Finds this tenant's order paid by a PaymentIntent, or null when the payment is not ours. */
export async function findOrderByPaymentIntent({ db, tenantId, paymentIntentId }: { db: Database; tenantId: string; paymentIntentId: string }) {
  const payment = await db.payment.findFirst({ where: { tenantId, paymentIntentId }, select: { orderId: true } })
  if (!payment) return null

  return findOrderForFulfilment({ db, tenantId, orderId: payment.orderId })
}
