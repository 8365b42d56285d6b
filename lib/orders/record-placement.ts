import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import { recordLedgerEntry } from '@/lib/ledger/record-ledger-entry'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { transitionOrder } from '@/lib/orders/transition-order'

export type RecordPlacementInput = {
  db: Database
  order: OrderForFulfilment
  from: 'PLACING' | 'RETRYING' | 'NEEDS_ATTENTION'
  upstream: UpstreamOrder
  message: string
}

/**
 * Links the CatProxies order to ours and records its cost in the ledger, in one
 * transaction. Returns false when the order already left `from`. The ledger entry is
 * keyed by the CatProxies order id, so a replay never records the cost twice.
 */
export async function recordPlacement({ db, order, from, upstream, message }: RecordPlacementInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const isPlaced = await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from,
      to: 'PLACED',
      message,
      data: { catproxiesOrderId: upstream.orderId, placedAt: new Date(), failureReason: null },
    })
    if (!isPlaced) return false

    await recordLedgerEntry({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      kind: 'UPSTREAM_COST',
      amountMinor: -order.upstreamCostMinor,
      currency: order.currency,
      reference: upstream.orderId,
    })

    return true
  })
}
