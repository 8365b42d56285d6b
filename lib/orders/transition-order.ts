import type { Prisma } from '@/lib/generated/prisma/client'
import type { OrderStatus } from '@/lib/generated/prisma/enums'
import { recordOrderEvent } from '@/lib/orders/record-order-event'

/**
 * The legal status changes of an order. The OrderStatusTransition table holds the same
 * pairs, and Order.(previousStatus, status) references it, so the database rejects an
 * illegal change even if code bypasses this map. A test keeps the two equal.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  AWAITING_PAYMENT: ['PAID', 'EXPIRED', 'CANCELED', 'NEEDS_ATTENTION'],
  PAID: ['PLACING', 'NEEDS_ATTENTION', 'REFUNDING', 'REFUNDED'],
  PLACING: ['PLACED', 'RETRYING', 'NEEDS_ATTENTION', 'REFUNDING'],
  RETRYING: ['PLACING', 'PLACED', 'NEEDS_ATTENTION', 'REFUNDING'],
  PLACED: ['DELIVERED', 'NEEDS_ATTENTION', 'REFUNDED'],
  DELIVERED: ['NEEDS_ATTENTION', 'REFUNDING', 'REFUNDED'],
  NEEDS_ATTENTION: ['PLACING', 'RETRYING', 'PLACED', 'DELIVERED', 'REFUNDING', 'REFUNDED'],
  REFUNDING: ['REFUNDED', 'NEEDS_ATTENTION'],
  REFUNDED: [],
  EXPIRED: [],
  CANCELED: [],
}

export class IllegalOrderTransitionError extends Error {
  constructor(readonly from: OrderStatus, readonly to: OrderStatus) {
    super(`Order cannot move from ${from} to ${to}`)
    this.name = 'IllegalOrderTransitionError'
  }
}

export function canTransitionOrder(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to)
}

export type TransitionOrderInput = {
  tx: Prisma.TransactionClient
  tenantId: string
  orderId: string
  from: OrderStatus
  to: OrderStatus
  /** Timeline text shown to the customer and the admin. */
  message: string
  /** Other columns to write in the same update. */
  data?: Omit<Prisma.OrderUpdateManyMutationInput, 'status' | 'previousStatus'>
}

/**
 * Moves an order from `from` to `to` with a conditional update and appends the timeline
 * entry, in the caller's transaction. Returns false and writes nothing when the order is
 * no longer in `from` (another worker got there first). Throws
 * IllegalOrderTransitionError for a change the state machine forbids.
 */
export async function transitionOrder({ tx, tenantId, orderId, from, to, message, data }: TransitionOrderInput): Promise<boolean> {
  if (!canTransitionOrder(from, to)) throw new IllegalOrderTransitionError(from, to)

  const updated = await tx.order.updateMany({
    where: { id: orderId, tenantId, status: from },
    data: { ...data, status: to, previousStatus: from },
  })
  if (updated.count === 0) return false

  await recordOrderEvent({ tx, tenantId, orderId, status: to, message })

  return true
}
