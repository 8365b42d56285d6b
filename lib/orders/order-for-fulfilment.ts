import type { Database } from '@/lib/db/prisma'

export const ORDER_FOR_FULFILMENT_SELECT = {
  id: true,
  tenantId: true,
  status: true,
  packageId: true,
  proxyType: true,
  quantity: true,
  countryId: true,
  configuration: true,
  currency: true,
  totalMinor: true,
  upstreamCostMinor: true,
  catproxiesOrderId: true,
  placementAttempts: true,
  lastPlacementAttemptAt: true,
  customer: { select: { email: true } },
} as const

/** Loads an order with what fulfilment, refunds and reconciliation need; null when it is not this tenant's. */
export async function findOrderForFulfilment({ db, tenantId, orderId }: { db: Database; tenantId: string; orderId: string }) {
  return db.order.findFirst({ where: { id: orderId, tenantId }, select: ORDER_FOR_FULFILMENT_SELECT })
}

export type OrderForFulfilment = NonNullable<Awaited<ReturnType<typeof findOrderForFulfilment>>>
