import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import type { Logger } from '@/lib/logger'
import { claimOrderForPlacement } from '@/lib/orders/claim-order-for-placement'
import { deliverOrderCredentials } from '@/lib/orders/deliver-order-credentials'
import { findUpstreamOrderForAttempt } from '@/lib/orders/find-upstream-order-for-attempt'
import { flagOrderForAttention } from '@/lib/orders/flag-order-for-attention'
import { findOrderForFulfilment, type OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { placeUpstreamOrder } from '@/lib/orders/place-upstream-order'
import { recordPlacement } from '@/lib/orders/record-placement'
import { transitionOrder } from '@/lib/orders/transition-order'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'

/** Placement attempts before an order is handed to a person instead of retried. */
export const MAX_PLACEMENT_ATTEMPTS = 6

/** Thrown to make the job queue run the fulfilment job again after its backoff. */
export class RetryFulfilmentLaterError extends Error {
  constructor(readonly orderId: string, reason: string) {
    super(`Fulfilment of order ${orderId} will be retried: ${reason}`)
    this.name = 'RetryFulfilmentLaterError'
  }
}

export type RunOrderFulfilmentInput = {
  db: Database
  tenantId: string
  orderId: string
  log: Logger
  /** True on the job's last retry: give the order to a person instead of throwing. */
  isFinalAttempt?: boolean
}

export type FulfilmentResult = 'order_not_found' | 'already_claimed' | 'nothing_to_do' | 'delivered' | 'refunding' | 'needs_attention'

/**
 * Moves a paid order as far towards DELIVERED as it can, from whatever state an earlier
 * run left it in. Safe to run again at any point, including after a crash:
 * - PAID: claim and place it;
 * - PLACING (the worker died mid-attempt) or RETRYING: first look for the order upstream,
 *   and place a new one only when none exists;
 * - PLACED: fetch and store the credentials.
 * Throws RetryFulfilmentLaterError (or a CatProxies error) when a later run can finish.
 * Returns `refunding` when the caller must queue the refund job.
 */
export async function runOrderFulfilment({ db, tenantId, orderId, log, isFinalAttempt = false }: RunOrderFulfilmentInput): Promise<FulfilmentResult> {
  let order = await findOrderForFulfilment({ db, tenantId, orderId })
  if (!order) return 'order_not_found'

  const orderLog = log.child({ orderId })
  const client = await getTenantCatProxiesClient({ db, tenantId })

  if (order.status === 'PLACING') {
    await db.$transaction((tx) =>
      transitionOrder({ tx, tenantId, orderId, from: 'PLACING', to: 'RETRYING', message: 'A placement attempt was interrupted; checking with the provider' }),
    )
    order = await reload(db, order)
  }

  if (order.status === 'RETRYING') {
    const found = await findUpstreamOrderForAttempt({ db, client, order })
    if (found) {
      orderLog.info({ catproxiesOrderId: found.orderId }, 'found the upstream order of an earlier attempt')
      await recordPlacement({ db, order, from: 'RETRYING', upstream: found, message: 'Found the order placed by an earlier attempt' })
      order = await reload(db, order)
    } else if (order.placementAttempts >= MAX_PLACEMENT_ATTEMPTS) {
      await flagOrderForAttention({ db, order, from: 'RETRYING', reason: `The order could not be placed after ${order.placementAttempts} attempts.` })
      return 'needs_attention'
    }
  }

  let creationReply: UpstreamOrder | null = null
  if (order.status === 'PAID' || order.status === 'RETRYING') {
    const isClaimed = await claimOrderForPlacement({ db, tenantId, orderId, from: order.status })
    if (!isClaimed) return 'already_claimed'

    const placement = await placeUpstreamOrder({ db, client, order: await reload(db, order), log: orderLog })
    if (placement.step === 'retrying') throw new RetryFulfilmentLaterError(orderId, 'the order creation did not complete')
    if (placement.step !== 'placed') return placement.step
    creationReply = placement.upstream
    order = await reload(db, order)
  }

  if (order.status !== 'PLACED') return 'nothing_to_do'

  try {
    return await deliverOrderCredentials({ db, client, order, creationReply })
  } catch (error) {
    if (!isFinalAttempt) throw error
    await flagOrderForAttention({ db, order, from: 'PLACED', reason: 'The order was placed but its credentials could not be read from the provider.' })
    return 'needs_attention'
  }
}

async function reload(db: Database, order: OrderForFulfilment): Promise<OrderForFulfilment> {
  const current = await findOrderForFulfilment({ db, tenantId: order.tenantId, orderId: order.id })
  if (!current) throw new Error(`Order ${order.id} disappeared during fulfilment`)

  return current
}
