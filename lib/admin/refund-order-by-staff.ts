import type { Database } from '@/lib/db/prisma'
import { AppError, notFound } from '@/lib/errors/app-error'
import { enqueueOrderRefund, type JobQueue } from '@/lib/jobs/job-queue'
import { findOrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { startOrderRefund } from '@/lib/orders/start-order-refund'

// Orders staff may refund. Orders in flight (PLACING, RETRYING) must settle first, or a
// refund could race an upstream purchase.
const REFUNDABLE_STATES = new Set(['PAID', 'NEEDS_ATTENTION', 'DELIVERED'])

/** Starts a full refund requested by staff and queues it. Throws `conflict` for an order that cannot be refunded now. */
export async function refundOrderByStaff({ db, jobs, tenantId, orderId, staffEmail }: { db: Database; jobs: JobQueue; tenantId: string; orderId: string; staffEmail: string }) {
  const order = await findOrderForFulfilment({ db, tenantId, orderId })
  if (!order) throw notFound('Order')
  if (!REFUNDABLE_STATES.has(order.status)) {
    throw new AppError('conflict', `Order ${orderId} is ${order.status} and cannot be refunded now`, {
      userMessage: `An order that is ${order.status.toLowerCase().replace('_', ' ')} cannot be refunded now.`,
    })
  }

  const isStarted = await startOrderRefund({ db, order, from: order.status, reason: 'Refunded by the store.', cause: 'staff', staffEmail })
  if (!isStarted) throw new AppError('conflict', `Order ${orderId} changed while refunding`, { userMessage: 'The order changed meanwhile; reload and try again.' })

  await enqueueOrderRefund(jobs, { tenantId, orderId })
}
