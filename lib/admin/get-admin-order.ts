import type { Database } from '@/lib/db/prisma'
import { notFound } from '@/lib/errors/app-error'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Loads one order of this tenant for staff, with timeline, payments, ledger and alerts. Never includes credentials. */
export async function getAdminOrderOrThrow({ db, tenantId, orderId }: { db: Database; tenantId: string; orderId: string }) {
  if (!UUID_PATTERN.test(orderId)) throw notFound('Order')

  const order = await db.order.findFirst({
    where: { id: orderId, tenantId },
    select: {
      id: true,
      status: true,
      packageTitle: true,
      proxyType: true,
      packageId: true,
      countryName: true,
      quantity: true,
      configuration: true,
      totalMinor: true,
      upstreamCostMinor: true,
      currency: true,
      checkoutSessionId: true,
      catproxiesOrderId: true,
      placementAttempts: true,
      lastPlacementAttemptAt: true,
      failureReason: true,
      refundId: true,
      createdAt: true,
      deliveredAt: true,
      expiresAt: true,
      customer: { select: { email: true } },
      events: { orderBy: { createdAt: 'asc' }, select: { status: true, message: true, createdAt: true } },
      payments: { select: { checkoutSessionId: true, paymentIntentId: true, status: true, amountMinor: true, currency: true } },
      ledgerEntries: { orderBy: { createdAt: 'asc' }, select: { kind: true, amountMinor: true, currency: true, reference: true, createdAt: true } },
      alerts: { where: { resolvedAt: null }, select: { id: true, kind: true, message: true, createdAt: true } },
    },
  })
  if (!order) throw notFound('Order')

  return order
}
