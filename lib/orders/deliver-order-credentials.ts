import type { CatProxiesClient } from '@/lib/catproxies/client'
import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import { queueEmail } from '@/lib/notifications/queue-email'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { sealCredentials } from '@/lib/orders/proxy-credentials'
import { transitionOrder } from '@/lib/orders/transition-order'

export class CredentialsNotReadyError extends Error {
  constructor(readonly orderId: string) {
    super(`CatProxies order for ${orderId} has no credentials yet`)
    this.name = 'CredentialsNotReadyError'
  }
}

export type DeliverOrderCredentialsInput = {
  db: Database
  client: CatProxiesClient
  order: OrderForFulfilment
  /** The order-creation reply; when it carries credentials, no extra read is sent. */
  creationReply?: UpstreamOrder | null
}

/**
 * Stores a PLACED order's credentials encrypted and marks the order DELIVERED. Uses the
 * creation reply when it has credentials, and reads the order from CatProxies otherwise.
 * Throws CredentialsNotReadyError when upstream has none yet, and passes CatProxies
 * errors on, so the job retries; a read costs no money.
 */
export async function deliverOrderCredentials({ db, client, order, creationReply = null }: DeliverOrderCredentialsInput): Promise<'delivered'> {
  if (!order.catproxiesOrderId) throw new Error(`Order ${order.id} is PLACED without a CatProxies order id`)

  const details = creationReply && hasCredentials(creationReply) ? creationReply : await client.getOrder(order.catproxiesOrderId)
  const { credentials } = details
  if (!hasCredentials(details)) throw new CredentialsNotReadyError(order.id)

  await db.$transaction(async (tx) => {
    const isDelivered = await transitionOrder({
      tx,
      tenantId: order.tenantId,
      orderId: order.id,
      from: 'PLACED',
      to: 'DELIVERED',
      message: 'Proxy credentials delivered',
      data: { credentialsCiphertext: sealCredentials(credentials), expiresAt: details.expiresAt, deliveredAt: new Date() },
    })
    if (!isDelivered) return

    await queueEmail({
      tx,
      tenantId: order.tenantId,
      dedupeKey: `order-delivered:${order.id}`,
      to: order.customer.email,
      subject: 'Your proxies are ready',
      text: `Your order ${order.id} is ready. Sign in to the store and open My orders to copy or download your proxy credentials.`,
    })
  })

  return 'delivered'
}

function hasCredentials(order: UpstreamOrder): boolean {
  return order.credentials.proxies.length > 0 || Boolean(order.credentials.username && order.credentials.password)
}
