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
  /** Reason for the refund, in words the customer may read. */
  reason: string
  /** `undeliverable` when fulfilment failed; `staff` when a staff member refunded it. */
  cause?: 'undeliverable' | 'staff'
  /** Email of the staff member who asked for the refund, shown to the reseller only. */
  staffEmail?: string
}

/**
 * Moves an order to REFUNDING, because it cannot be delivered or because staff asked,
 * alerts the reseller and writes the customer's email, in one transaction. The caller then queues the refund job; the
 * Stripe refund itself happens there. Returns false if the order already left `from`.
 */
export async function startOrderRefund({ db, order, from, reason, cause = 'undeliverable', staffEmail }: StartOrderRefundInput): Promise<boolean> {
  const total = formatMoney(order.totalMinor, order.currency as CurrencyCode)
  const text = cause === 'staff'
    ? {
        timeline: `The store is refunding ${total}. ${reason}`,
        alert: `Order ${order.id} is being refunded (${total}) at the request of ${staffEmail ?? 'staff'}.`,
        subject: 'Your proxy order is being refunded',
        email: `The store is refunding ${total} for your order ${order.id} to your payment method. ${reason}`,
      }
    : {
        timeline: `We could not deliver this order and are refunding ${total}. ${reason}`,
        alert: `Order ${order.id} could not be placed and is being refunded (${total}): ${reason}`,
        subject: 'Your proxy order could not be delivered',
        email: `We could not set up your order ${order.id}, so we are refunding ${total} to your payment method. ${reason}`,
      }

  return db.$transaction(async (tx) => {
    const isStarted = await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from,
      to: 'REFUNDING',
      message: text.timeline,
      data: { failureReason: reason },
    })
    if (!isStarted) return false

    await recordResellerAlert({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      kind: 'order_refunded',
      message: text.alert,
    })
    await queueEmail({
      tx,
      tenantId: order.tenantId,
      dedupeKey: `order-refund-started:${order.id}`,
      to: order.customer.email,
      subject: text.subject,
      text: `${text.email}\n\nThe refund usually shows within 5–10 business days.`,
    })

    return true
  })
}
