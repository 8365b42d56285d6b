import type { CatProxiesClient } from '@/lib/catproxies/client'
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

/**
 * Reads a PLACED order's credentials from CatProxies, stores them encrypted and marks
 * the order DELIVERED. Throws CredentialsNotReadyError when upstream has none yet, and
 * passes CatProxies errors on, so the job retries; a read costs no money.
 */
export async function deliverOrderCredentials({ db, client, order }: { db: Database; client: CatProxiesClient; order: OrderForFulfilment }): Promise<'delivered'> {
  if (!order.catproxiesOrderId) throw new Error(`Order ${order.id} is PLACED without a CatProxies order id`)

  const details = await client.getOrder(order.catproxiesOrderId)
  const { credentials } = details
  const hasCredentials = credentials.proxies.length > 0 || Boolean(credentials.username && credentials.password)
  if (!hasCredentials) throw new CredentialsNotReadyError(order.id)

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
