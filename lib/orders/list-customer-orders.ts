import type { Database } from '@/lib/db/prisma'
import { buildOrderProductView } from '@/lib/products/order-product-view'

export const ORDERS_PAGE_SIZE = 20

export type ListCustomerOrdersInput = {
  db: Database
  tenantId: string
  customerId: string
  /** 1-based page number. */
  page: number
}

/** Lists a customer's orders on one tenant, newest first, one page at a time, each with a plain product summary. */
export async function listCustomerOrders({ db, tenantId, customerId, page }: ListCustomerOrdersInput) {
  const where = { tenantId, customerId }
  const [orders, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        packageTitle: true,
        countryName: true,
        quantity: true,
        proxyType: true,
        configuration: true,
        totalMinor: true,
        currency: true,
        createdAt: true,
        expiresAt: true,
      },
    }),
    db.order.count({ where }),
  ])

  const summarized = orders.map(({ configuration, ...order }) => ({
    ...order,
    productSummary: buildOrderProductView({ orderId: order.id, proxyType: order.proxyType, quantity: order.quantity, countryName: order.countryName, configuration, credentials: null }).productSummary,
  }))

  return { orders: summarized, total, pageCount: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) }
}
