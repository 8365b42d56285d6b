import type { Database } from '@/lib/db/prisma'
import { recordOrderEvent } from '@/lib/orders/record-order-event'

/**
 * Claims a paid order for placement upstream by moving it from PAID to PLACING in one
 * conditional update. Exactly one caller wins, however many webhook deliveries race;
 * the rest get false and must not call CatProxies.
 */
export async function claimOrderForPlacement({ db, tenantId, orderId }: { db: Database; tenantId: string; orderId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.order.updateMany({
      where: { id: orderId, tenantId, status: 'PAID' },
      data: { status: 'PLACING' },
    })
    if (claimed.count === 0) return false

    await recordOrderEvent({ tx, tenantId, orderId, status: 'PLACING', message: 'Placing the order with the proxy provider' })

    return true
  })
}
