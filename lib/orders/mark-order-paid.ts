import type { Database } from '@/lib/db/prisma'
import { recordLedgerEntry } from '@/lib/ledger/record-ledger-entry'
import { transitionOrder } from '@/lib/orders/transition-order'

export type MarkOrderPaidInput = {
  db: Database
  tenantId: string
  orderId: string
  checkoutSessionId: string
  paymentIntentId: string | null
  amountMinor: number
  currency: string
}

/**
 * Moves an order from awaiting payment to paid, marks its payment succeeded and
 * records the customer payment in the ledger, all in one transaction. Idempotent:
 * returns false and writes nothing when the order is already past awaiting payment.
 */
export async function markOrderPaid(input: MarkOrderPaidInput): Promise<boolean> {
  const { db, tenantId, orderId } = input

  return db.$transaction(async (tx) => {
    const isPaid = await transitionOrder({ tx, tenantId, orderId, from: 'AWAITING_PAYMENT', to: 'PAID', message: 'Payment received' })
    if (!isPaid) return false

    await tx.payment.updateMany({
      where: { tenantId, checkoutSessionId: input.checkoutSessionId },
      data: { status: 'SUCCEEDED', paymentIntentId: input.paymentIntentId },
    })
    await recordLedgerEntry({
      tx,
      tenantId,
      orderId,
      kind: 'CUSTOMER_PAYMENT',
      amountMinor: input.amountMinor,
      currency: input.currency,
      reference: input.checkoutSessionId,
    })
    return true
  })
}
