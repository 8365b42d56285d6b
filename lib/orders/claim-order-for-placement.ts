import { randomUUID } from 'node:crypto'

import type { Database } from '@/lib/db/prisma'
import { transitionOrder } from '@/lib/orders/transition-order'

export type ClaimOrderForPlacementInput = {
  db: Database
  tenantId: string
  orderId: string
  from: 'PAID' | 'RETRYING'
}

/**
 * Claims an order for one placement attempt by moving it to PLACING in one conditional
 * update that also records the attempt (id, count, time) before anything is sent
 * upstream. Exactly one caller wins however many race; the others get false and must
 * not call CatProxies.
 */
export async function claimOrderForPlacement({ db, tenantId, orderId, from }: ClaimOrderForPlacementInput): Promise<boolean> {
  return db.$transaction((tx) =>
    transitionOrder({
      tx,
      tenantId,
      orderId,
      from,
      to: 'PLACING',
      message: 'Placing the order with the proxy provider',
      data: { placementAttemptId: randomUUID(), placementAttempts: { increment: 1 }, lastPlacementAttemptAt: new Date() },
    }),
  )
}
