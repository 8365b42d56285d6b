import type { Database } from '@/lib/db/prisma'
import { notFound } from '@/lib/errors/app-error'
import { openCredentials } from '@/lib/orders/proxy-credentials'
import type { CredentialsView } from '@/lib/products/credentials-view'
import { buildOrderProductView } from '@/lib/products/order-product-view'

export type OrderTimelineEntry = { status: string; message: string; createdAt: string }

/** A customer's view of their own order: their proxy credentials and nothing else secret. */
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
  /** Plain summary of what the order contains, e.g. "10 IPs: United States 6, Germany 4". */
  productSummary: string
  /** Per-IP lines, or the gateway login for the proxy-string builder; null before delivery. */
  credentials: CredentialsView | null
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
    ...buildOrderProductView({
      orderId: order.id,
      proxyType: order.proxyType,
      quantity: order.quantity,
      countryName: order.countryName,
      configuration: order.configuration,
      credentials: order.credentialsCiphertext ? openCredentials(order.credentialsCiphertext) : null,
    }),
    timeline: order.events.map((event) => ({ status: event.status, message: event.message, createdAt: event.createdAt.toISOString() })),
  }
}
