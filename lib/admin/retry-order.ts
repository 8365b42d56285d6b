import type { Database } from '@/lib/db/prisma'
import { AppError, notFound } from '@/lib/errors/app-error'
import { enqueueOrderFulfilment, type JobQueue } from '@/lib/jobs/job-queue'
import { transitionOrder } from '@/lib/orders/transition-order'

/**
 * Sends an order that needs attention back to fulfilment. An order already placed
 * upstream goes back to PLACED, and only its credentials are fetched again. Any other goes
 * to RETRYING with a fresh attempt count, so the job first looks for an upstream order
 * before placing a new one. Throws `conflict` for an order not needing attention.
 */
export async function retryOrder({ db, jobs, tenantId, orderId, staffEmail }: { db: Database; jobs: JobQueue; tenantId: string; orderId: string; staffEmail: string }) {
  const order = await db.order.findFirst({ where: { id: orderId, tenantId }, select: { status: true, catproxiesOrderId: true } })
  if (!order) throw notFound('Order')
  if (order.status !== 'NEEDS_ATTENTION') {
    throw new AppError('conflict', `Order ${orderId} is ${order.status}, not NEEDS_ATTENTION`, { userMessage: 'Only orders that need attention can be retried.' })
  }

  const to = order.catproxiesOrderId ? 'PLACED' : 'RETRYING'
  const isMoved = await db.$transaction(async (tx) => {
    const moved = await transitionOrder({
      tx,
      tenantId,
      orderId,
      from: 'NEEDS_ATTENTION',
      to,
      message: `Retry requested by ${staffEmail}`,
      data: { placementAttempts: 0, failureReason: null },
    })
    if (moved) await tx.resellerAlert.updateMany({ where: { tenantId, orderId, resolvedAt: null }, data: { resolvedAt: new Date() } })
    return moved
  })
  if (!isMoved) throw new AppError('conflict', `Order ${orderId} changed while retrying`, { userMessage: 'The order changed meanwhile; reload and try again.' })

  await enqueueOrderFulfilment(jobs, { tenantId, orderId })
}
