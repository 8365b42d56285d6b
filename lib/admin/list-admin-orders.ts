import { ADMIN_ORDERS_PAGE_SIZE, type TAdminOrdersQuery } from '@/lib/admin/schemas'
import type { Database } from '@/lib/db/prisma'

/** Lists the tenant's orders for staff, newest first, optionally of one status. */
export async function listAdminOrders({ db, tenantId, query }: { db: Database; tenantId: string; query: TAdminOrdersQuery }) {
  const where = { tenantId, ...(query.status ? { status: query.status } : {}) }
  const [orders, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (query.page - 1) * ADMIN_ORDERS_PAGE_SIZE,
      take: ADMIN_ORDERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        packageTitle: true,
        proxyType: true,
        quantity: true,
        totalMinor: true,
        upstreamCostMinor: true,
        currency: true,
        createdAt: true,
        failureReason: true,
        customer: { select: { email: true } },
      },
    }),
    db.order.count({ where }),
  ])

  return { orders, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_ORDERS_PAGE_SIZE)) }
}
