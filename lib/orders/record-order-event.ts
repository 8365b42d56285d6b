import type { Prisma } from '@/lib/generated/prisma/client'
import type { OrderStatus } from '@/lib/generated/prisma/enums'

export type RecordOrderEventInput = {
  tx: Prisma.TransactionClient
  tenantId: string
  orderId: string
  status: OrderStatus
  message: string
}

/** Appends a step to the order's timeline; call it in the transaction that changes the status. */
export async function recordOrderEvent({ tx, tenantId, orderId, status, message }: RecordOrderEventInput): Promise<void> {
  await tx.orderEvent.create({ data: { tenantId, orderId, status, message } })
}
