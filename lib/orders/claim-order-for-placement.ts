import type { Database } from '@/lib/db/prisma'
import { transitionOrder } from '@/lib/orders/transition-order'

/**
 * Claims a paid order for placement upstream by moving it from PAID to PLACING in one
 * conditional update. Exactly one caller wins, however many webhook deliveries race;
 * the rest get false and must not call CatProxies.
 */
export async function claimOrderForPlacement({ db, tenantId, orderId }: { db: Database; tenantId: string; orderId: string }): Promise<boolean> {
  return db.$transaction((tx) =>
    transitionOrder({ tx, tenantId, orderId, from: 'PAID', to: 'PLACING', message: 'Placing the order with the proxy provider' }),
  )
}
