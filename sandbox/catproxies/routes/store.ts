import { PROXY_TYPES } from '@/lib/catproxies/types'
import type { Route } from '../context'
import { paginate, readPaging, SimHttpError } from '../http'
import { toWireProduct } from '../wire'

const DEFAULT_PAGE_SIZE = 20

/**
 * GET /store?proxyType=&page=&pageSize= — the catalogue, hidden products included. The
 * proxyType filter is case-sensitive and an unknown value is rejected with 400, which is
 * the likely upstream behaviour. A page past the end is empty, not an error.
 */
export const storeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/store$/,
    handle(request, context) {
      const proxyType = request.query.get('proxyType')
      if (proxyType !== null && proxyType !== '' && !(PROXY_TYPES as readonly string[]).includes(proxyType)) {
        throw new SimHttpError(400, `Invalid proxyType "${proxyType}". Expected one of: ${PROXY_TYPES.join(', ')}`)
      }

      const { page, pageSize } = readPaging(request.query, DEFAULT_PAGE_SIZE, context.maxStorePageSize)
      const matching = context.catalogue.filter((item) => !proxyType || item.proxyType === proxyType)
      const { pageItems, pagination } = paginate(matching, page, pageSize)

      return {
        payload: { products: pageItems.map(toWireProduct), totalProducts: matching.length },
        pagination,
      }
    },
  },
]
