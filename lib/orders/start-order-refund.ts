import type { Database } from '@/lib/db/prisma'
import type { OrderStatus } from '@/lib/generated/prisma/enums'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { queueEmail } from '@/lib/notifications/queue-email'
import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { transitionOrder } from '@/lib/orders/transition-order'

export type StartOrderRefundInput = {
  db: Database
  order: OrderForFulfilment
  from: OrderStatus
  /** Why the order cannot be delivered, in words for the customer and the reseller. */
  reason: string
}

/**
 * Moves an order that cannot be delivered to REFUNDING, alerts the reseller and writes
 * the customer's email, in one transaction. The caller then queues the refund job; the
 * Stripe refund itself happens there. Returns false if the order already left `from`.
 */
export async function startOrderRefund({ db, order, from, reason }: StartOrderRefundInput): Promise<boolean> {
  const total = formatMoney(order.totalMinor, order.currency as CurrencyCode)

  return db.$transaction(async (tx) => {
    const isStarted = await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from,
      to: 'REFUNDING',
      message: `We could not deliver this order and are refunding ${total}. ${reason}`,
      data: { failureReason: reason },
    })
    if (!isStarted) return false

    await recordResellerAlert({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      kind: 'order_refunded',
      message: `Order ${order.id} could not be placed and is being refunded (${total}): ${reason}`,
    })
    await queueEmail({
      tx,
      tenantId: order.tenantId,
      dedupeKey: `order-refund-started:${order.id}`,
      to: order.customer.email,
      subject: 'Your proxy order could not be delivered',
      text: `We could not set up your order ${order.id}, so we are refunding ${total} to your payment method. ${reason}\n\nThe refund usually shows within 5–10 business days.`,
    })

    return true
  })
}
