import { z } from 'zod'

import { resourceMissing } from '../api-error'
import { paginate } from '../list'
import { formString, paginationParams, parseParams } from '../params'
import type { ApiRoute } from '../router'
import { pathParam } from '../router'

const listSchema = z.object({
  ...paginationParams,
  type: formString(200).optional(),
})

/** Matches an event type against a `type` filter, which may end in `.*` to match a whole family as Stripe's does. */
function matchesType(eventType: string, filter: string | undefined): boolean {
  if (filter === undefined) {
    return true
  }

  return filter.endsWith('.*') ? eventType.startsWith(filter.slice(0, -1)) : eventType === filter
}

export const eventRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/events/:id',
    handle: (request) => {
      const id = pathParam(request, 'id')
      const event = request.account.events.get(id)
      if (event === undefined) {
        throw resourceMissing('event', id, 'id')
      }

      return event
    },
  },
  {
    method: 'GET',
    path: '/v1/events',
    handle: (request) => {
      const params = parseParams(listSchema, request.params)
      const events = [...request.account.events.values()].filter((event) => matchesType(event.type, params.type))

      return paginate(events, params, '/v1/events')
    },
  },
]
