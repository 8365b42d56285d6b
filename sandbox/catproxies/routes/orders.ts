import type { Route } from '../context'
import { paginate, readPaging, SimHttpError } from '../http'
import type { SimAccount, SimOrder } from '../state'
import { toWireOrder } from '../wire'

const DEFAULT_PAGE_SIZE = 20
const MAX_PAGE_SIZE = 100

/** Returns this key's order, or throws 404, so another key's order looks exactly like a missing one. */
export function findOrderOrThrow(account: SimAccount, orderId: string | undefined): SimOrder {
  const order = orderId === undefined ? undefined : account.orders.get(orderId)
  if (order === undefined) throw new SimHttpError(404, 'Order not found')

  return order
}

/**
 * GET /orders?page=&pageSize= lists this key's orders, newest first.
 * GET /order/{id} returns one order with credentials.
 * NOTE: the list's paging parameters and item shape are a guess; only the path is known.
 */
export const orderReadRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/orders$/,
    handle(request, context) {
      const { page, pageSize } = readPaging(request.query, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
      const nowMs = context.clock.nowMs()
      const newestFirst = [...request.account.orders.values()].sort((left, right) => right.createdAtMs - left.createdAtMs)
      const { pageItems, pagination } = paginate(newestFirst, page, pageSize)

      return { payload: { orders: pageItems.map((order) => toWireOrder(order, nowMs)) }, pagination }
    },
  },
  {
    method: 'GET',
    pattern: /^\/order\/(?<orderId>[^/]+)$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)

      return { payload: { order: toWireOrder(order, context.clock.nowMs()) } }
    },
  },
]
