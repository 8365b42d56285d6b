import {
  CatProxiesAuthError,
  CatProxiesBadRequestError,
  CatProxiesInputError,
  CatProxiesNotFoundError,
  CatProxiesRateLimitError,
} from '@/lib/catproxies/errors'
import type { CatProxiesClient } from '@/lib/catproxies/client'
import type { UpstreamOrder } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import type { Logger } from '@/lib/logger'
import { flagOrderForAttention } from '@/lib/orders/flag-order-for-attention'
import type { OrderForFulfilment } from '@/lib/orders/order-for-fulfilment'
import { recordPlacement } from '@/lib/orders/record-placement'
import { startOrderRefund } from '@/lib/orders/start-order-refund'
import { transitionOrder } from '@/lib/orders/transition-order'
import { buildUpstreamOrderInput } from '@/lib/products/build-upstream-order-input'

export type PlacementStep = 'placed' | 'refunding' | 'needs_attention' | 'retrying'

export type PlacementResult = {
  step: PlacementStep
  /** The creation reply, when the order was created; it may already carry credentials. */
  upstream: UpstreamOrder | null
}

export type PlaceUpstreamOrderInput = {
  db: Database
  client: CatProxiesClient
  /** An order this caller has just claimed (status PLACING, attempt recorded). */
  order: OrderForFulfilment
  log: Logger
}

/**
 * Sends one order creation to CatProxies for a claimed order and records the result:
 * - created: PLACED, with the upstream cost in the ledger;
 * - rejected for good (balance, package withdrawn, quantity): REFUNDING, and the refund
 *   is queued by the caller;
 * - the key was refused, or the stored configuration cannot be sent: NEEDS_ATTENTION,
 *   because only a person can fix it;
 * - anything else (timeout, 5xx, 429, crash): RETRYING. The outcome may be unknown, so
 *   the next attempt looks for the order upstream before sending again.
 * Never sends more than one creation per call.
 */
export async function placeUpstreamOrder({ db, client, order, log }: PlaceUpstreamOrderInput): Promise<PlacementResult> {
  let request
  try {
    request = buildUpstreamOrderInput(order)
  } catch (error) {
    // Nothing was sent, and retrying cannot fix a configuration that does not parse.
    log.error({ err: error, orderId: order.id }, 'stored order configuration cannot be turned into a CatProxies order')
    await flagOrderForAttention({ db, order, from: 'PLACING', reason: 'The order’s configuration cannot be sent to the proxy provider; check it, then retry or refund.' })
    return { step: 'needs_attention', upstream: null }
  }

  let upstream
  try {
    upstream = await client.createOrder(request)
  } catch (error) {
    return { step: await recordFailedAttempt({ db, order, error, log }), upstream: null }
  }

  await recordPlacement({ db, order, from: 'PLACING', upstream, message: 'Order placed with the proxy provider' })
  log.info({ orderId: order.id, catproxiesOrderId: upstream.orderId }, 'CatProxies order placed')

  return { step: 'placed', upstream }
}

async function recordFailedAttempt({ db, order, error, log }: { db: Database; order: OrderForFulfilment; error: unknown; log: Logger }): Promise<PlacementStep> {
  const tenantId = order.tenantId

  if (isPermanentRejection(error)) {
    const reason = describeRejection(error)
    log.warn({ err: error, orderId: order.id }, 'CatProxies rejected the order; refunding the customer')
    await startOrderRefund({ db, order, from: 'PLACING', reason })
    return 'refunding'
  }

  if (error instanceof CatProxiesAuthError) {
    log.error({ err: error, orderId: order.id }, 'CatProxies rejected the reseller API key; the reseller must reconnect it')
    await flagOrderForAttention({ db, order, from: 'PLACING', reason: 'CatProxies refused the store’s API key; reconnect the key, then retry the order.' })
    return 'needs_attention'
  }

  const isCertainlyNotSent = error instanceof CatProxiesRateLimitError || error instanceof CatProxiesInputError
  log.warn({ err: error, orderId: order.id, isCertainlyNotSent }, 'CatProxies order creation did not complete; will retry')
  await db.$transaction((tx) =>
    transitionOrder({
      tx,
      tenantId,
      orderId: order.id,
      from: 'PLACING',
      to: 'RETRYING',
      message: isCertainlyNotSent
        ? 'The proxy provider is busy; trying again shortly'
        : 'The proxy provider did not confirm the order; checking and trying again shortly',
      // An attempt that certainly never reached upstream leaves nothing to look for, so
      // the next run skips the order-list lookup (a request from the reseller's budget).
      data: isCertainlyNotSent ? { lastPlacementAttemptAt: null } : undefined,
    }),
  )

  return 'retrying'
}

function isPermanentRejection(error: unknown): error is CatProxiesBadRequestError | CatProxiesNotFoundError {
  return error instanceof CatProxiesBadRequestError || error instanceof CatProxiesNotFoundError
}

function describeRejection(error: CatProxiesBadRequestError | CatProxiesNotFoundError): string {
  if (error instanceof CatProxiesBadRequestError && error.isInsufficientBalance) {
    return 'The store’s balance at the proxy provider is too low for this order.'
  }
  if (error instanceof CatProxiesNotFoundError) return 'This package is no longer offered by the proxy provider.'

  return `The proxy provider rejected the order: ${error.upstreamMessage ?? error.message}`
}
