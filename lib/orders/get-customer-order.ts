import type { Database } from '@/lib/db/prisma'
import { notFound } from '@/lib/errors/app-error'
import { formatCredentialLines, openCredentials } from '@/lib/orders/proxy-credentials'

export type OrderTimelineEntry = { status: string; message: string; createdAt: string }

/** What a customer may see of their own order. Contains their proxy credentials, nothing else secret. */
export type CustomerOrderView = {
  id: string
  status: string
  packageTitle: string
  proxyType: string
  countryName: string | null
  quantity: number
  unitPriceMinor: number
  totalMinor: number
  currency: string
  createdAt: string
  expiresAt: string | null
  failureReason: string | null
  credentialLines: string[]
  timeline: OrderTimelineEntry[]
}

export type GetCustomerOrderInput = {
  db: Database
  tenantId: string
  customerId: string
} & ({ orderId: string } | { checkoutSessionId: string })

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Loads one order of this customer on this tenant, by order id or Checkout Session id.
 * Another customer's or tenant's order throws `not_found`, exactly like a missing one.
 */
export async function getCustomerOrderOrThrow(input: GetCustomerOrderInput): Promise<CustomerOrderView> {
  const { db, tenantId, customerId } = input
  if ('orderId' in input && !UUID_PATTERN.test(input.orderId)) throw notFound('Order')

  const where = 'orderId' in input
    ? { id: input.orderId, tenantId, customerId }
    : { checkoutSessionId: input.checkoutSessionId, tenantId, customerId }
  const order = await db.order.findFirst({
    where,
    include: { events: { orderBy: { createdAt: 'asc' }, select: { status: true, message: true, createdAt: true } } },
  })
  if (!order) throw notFound('Order')

  return {
    id: order.id,
    status: order.status,
    packageTitle: order.packageTitle,
    proxyType: order.proxyType,
    countryName: order.countryName,
    quantity: order.quantity,
    unitPriceMinor: order.unitPriceMinor,
    totalMinor: order.totalMinor,
    currency: order.currency,
    createdAt: order.createdAt.toISOString(),
    expiresAt: order.expiresAt?.toISOString() ?? null,
    failureReason: order.failureReason,
    credentialLines: order.credentialsCiphertext ? formatCredentialLines(openCredentials(order.credentialsCiphertext)) : [],
    timeline: order.events.map((event) => ({ status: event.status, message: event.message, createdAt: event.createdAt.toISOString() })),
  }
}
