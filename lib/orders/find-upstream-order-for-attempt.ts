import type { CatProxiesClient } from '@/lib/catproxies/client'
import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'

// CatProxies accepts no client reference on an order, so an attempt is recognised by
// package, quantity and creation time. The window allows for clock skew before the
// attempt and for a slow upstream after it.
const WINDOW_BEFORE_ATTEMPT_MS = 2 * 60 * 1000
const WINDOW_AFTER_ATTEMPT_MS = 15 * 60 * 1000

/**
 * Looks upstream for an order created by an earlier placement attempt whose outcome is
 * unknown (timeout, 5xx, crash). Matches on package, quantity and a creation time near
 * the recorded attempt, skipping upstream orders already linked to another local order.
 * Returns null when no attempt was recorded or nothing matches.
 */
export async function findUpstreamOrderForAttempt({ db, client, order }: { db: Database; client: CatProxiesClient; order: OrderForFulfilment }): Promise<UpstreamOrder | null> {
  const attemptAt = order.lastPlacementAttemptAt
  if (!attemptAt) return null

  const upstreamOrders = await client.listAllOrders()
  const linked = await db.order.findMany({
    where: { tenantId: order.tenantId, catproxiesOrderId: { not: null } },
    select: { catproxiesOrderId: true },
  })
  const linkedIds = new Set(linked.map((row) => row.catproxiesOrderId))
  const earliest = attemptAt.getTime() - WINDOW_BEFORE_ATTEMPT_MS
  const latest = attemptAt.getTime() + WINDOW_AFTER_ATTEMPT_MS

  const candidates = upstreamOrders.filter((upstream) => {
    const createdAt = upstream.createdAt?.getTime()
    return (
      upstream.packageId === order.packageId &&
      (upstream.quantity === null || upstream.quantity === order.quantity) &&
      createdAt !== undefined &&
      createdAt >= earliest &&
      createdAt <= latest &&
      !linkedIds.has(upstream.orderId)
    )
  })
  candidates.sort((left, right) => (left.createdAt?.getTime() ?? 0) - (right.createdAt?.getTime() ?? 0))

  // NOTE: two unlinked orders of the same package and quantity placed within the window
  // are distinguished only by time. The earliest is taken, and reconciliation reports the other.
  return candidates[0] ?? null
}
