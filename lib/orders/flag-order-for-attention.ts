import type { Database } from '@/lib/db/prisma'
import type { OrderStatus } from '@/lib/generated/prisma/enums'
import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { transitionOrder } from '@/lib/orders/transition-order'

export type FlagOrderForAttentionInput = {
  db: Database
  order: Pick<OrderForFulfilment, 'id' | 'tenantId'>
  from: OrderStatus
  /** Reason shown to the customer and the reseller, naming what happened and what fixes it. */
  reason: string
}

/** Moves an order to NEEDS_ATTENTION with an alert on the reseller's dashboard. Returns false if it left `from`. */
export async function flagOrderForAttention({ db, order, from, reason }: FlagOrderForAttentionInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const isFlagged = await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from,
      to: 'NEEDS_ATTENTION',
      message: reason,
      data: { failureReason: reason },
    })
    if (isFlagged) {
      await recordResellerAlert({ tx, tenantId: order.tenantId, orderId: order.id, kind: 'order_needs_attention', message: reason })
    }

    return isFlagged
  })
}
