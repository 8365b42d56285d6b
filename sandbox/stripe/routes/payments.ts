import { z } from 'zod'

import { resourceMissing } from '../api-error'
import { paginate } from '../list'
import { expandParam, formInteger, formMetadata, formString, paginationParams, parseParams } from '../params'
import { createRefund } from '../refund-flow'
import type { ApiRequest, ApiRoute } from '../router'
import { logUnsupportedParams, pathParam, withExpand } from '../router'

const retrieveSchema = z.object({ expand: expandParam })

const createRefundSchema = z.object({
  payment_intent: formString(255).optional(),
  charge: formString(255).optional(),
  amount: formInteger({ min: 1 }).optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
  metadata: formMetadata().optional(),
  expand: expandParam,
})

const listRefundsSchema = z.object({
  ...paginationParams,
  payment_intent: formString(255).optional(),
  charge: formString(255).optional(),
  expand: expandParam,
})

/** Returns the object with this id from one of the account's maps, or throws Stripe's 404. */
function getOrThrow<Item>(items: Map<string, Item>, id: string, objectName: string, param: string): Item {
  const item = items.get(id)
  if (item === undefined) {
    throw resourceMissing(objectName, id, param)
  }

  return item
}

function retrieve<Item extends object>(
  select: (request: ApiRequest) => Map<string, Item>,
  objectName: string,
  param: string,
): (request: ApiRequest) => object {
  return (request) => {
    const params = parseParams(retrieveSchema, request.params)
    const item = getOrThrow(select(request), pathParam(request, 'id'), objectName, param)

    return withExpand(request, item, params.expand)
  }
}

export const paymentRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/payment_intents/:id',
    handle: retrieve((request) => request.account.paymentIntents, 'payment_intent', 'intent'),
  },
  { method: 'GET', path: '/v1/charges/:id', handle: retrieve((request) => request.account.charges, 'charge', 'id') },
  { method: 'GET', path: '/v1/refunds/:id', handle: retrieve((request) => request.account.refunds, 'refund', 'refund') },
  { method: 'GET', path: '/v1/disputes/:id', handle: retrieve((request) => request.account.disputes, 'dispute', 'dispute') },
  {
    method: 'POST',
    path: '/v1/refunds',
    handle: (request) => {
      const params = parseParams(createRefundSchema, request.params)
      logUnsupportedParams(request, createRefundSchema.shape, 'POST /v1/refunds')
      const refund = createRefund(request.simulator, request.account, params, request.requestInfo)

      return withExpand(request, refund, params.expand)
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    handle: (request) => {
      const params = parseParams(listRefundsSchema, request.params)
      const refunds = [...request.account.refunds.values()]
        .filter((refund) => params.payment_intent === undefined || refund.payment_intent === params.payment_intent)
        .filter((refund) => params.charge === undefined || refund.charge === params.charge)

      return withExpand(request, paginate(refunds, params, '/v1/refunds'), params.expand)
    },
  },
]
