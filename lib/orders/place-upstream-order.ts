import {
  CatProxiesBadRequestError,
  CatProxiesError,
  CatProxiesNotFoundError,
} from '@/lib/catproxies/errors'
import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import { recordLedgerEntry } from '@/lib/ledger/record-ledger-entry'
import type { Logger } from '@/lib/logger'
import { sealCredentials } from '@/lib/orders/proxy-credentials'
import { transitionOrder } from '@/lib/orders/transition-order'
import { buildUpstreamOrderInput, type OrderForPlacement } from '@/lib/products/build-upstream-order-input'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'

export type PlacementOutcome = 'delivered' | 'placed_awaiting_credentials' | 'needs_attention'

type ClaimedOrder = OrderForPlacement & {
  id: string
  tenantId: string
  currency: string
  upstreamCostMinor: number
}

/**
 * Places a claimed (PLACING) order with CatProxies on the tenant's key, records the
 * upstream cost in the ledger and stores the credentials. Sends at most one order
 * creation. A rejected order or an unknown outcome (timeout, 5xx) moves the order to
 * NEEDS_ATTENTION with the reason, because retrying blindly could buy twice.
 */
export async function placeUpstreamOrder({ db, order, log }: { db: Database; order: ClaimedOrder; log: Logger }): Promise<PlacementOutcome> {
  const client = await getTenantCatProxiesClient({ db, tenantId: order.tenantId })

  let upstream: UpstreamOrder
  try {
    upstream = await client.createOrder(buildUpstreamOrderInput(order))
  } catch (error) {
    const reason = describePlacementFailure(error)
    log.error({ err: error, orderId: order.id }, 'CatProxies order creation failed')
    await markNeedsAttention({ db, order, reason })
    return 'needs_attention'
  }

  await db.$transaction(async (tx) => {
    await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from: 'PLACING',
      to: 'PLACED',
      message: 'Order placed with the proxy provider',
      data: { catproxiesOrderId: upstream.orderId, placedAt: new Date() },
    })
    await recordLedgerEntry({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      kind: 'UPSTREAM_COST',
      amountMinor: -order.upstreamCostMinor,
      currency: order.currency,
      reference: upstream.orderId,
    })
  })
  log.info({ orderId: order.id, catproxiesOrderId: upstream.orderId }, 'CatProxies order placed')

  const details = upstream.credentials.proxies.length > 0 ? upstream : await client.getOrder(upstream.orderId).catch((error: unknown) => {
    log.warn({ err: error, orderId: order.id }, 'CatProxies order details could not be read; credentials will be fetched later')
    return null
  })
  if (!details || details.credentials.proxies.length === 0) return 'placed_awaiting_credentials'

  await db.$transaction((tx) =>
    transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from: 'PLACED',
      to: 'DELIVERED',
      message: 'Proxy credentials delivered',
      data: { credentialsCiphertext: sealCredentials(details.credentials), expiresAt: details.expiresAt, deliveredAt: new Date() },
    }),
  )

  return 'delivered'
}

function describePlacementFailure(error: unknown): string {
  if (error instanceof CatProxiesBadRequestError && error.isInsufficientBalance) {
    return 'The reseller balance at CatProxies is too low for this order.'
  }
  if (error instanceof CatProxiesBadRequestError || error instanceof CatProxiesNotFoundError) {
    return `CatProxies rejected the order: ${error.upstreamMessage ?? error.message}`
  }
  if (error instanceof CatProxiesError) {
    return 'CatProxies did not confirm the order; check its order list before placing it again.'
  }

  return 'The order could not be placed because of an internal error.'
}

async function markNeedsAttention({ db, order, reason }: { db: Database; order: ClaimedOrder; reason: string }): Promise<void> {
  await db.$transaction((tx) =>
    transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from: 'PLACING',
      to: 'NEEDS_ATTENTION',
      message: reason,
      data: { failureReason: reason },
    }),
  )
}
