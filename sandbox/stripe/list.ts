import { invalidParam } from './api-error'
import type { SimulatedList } from './objects/checkout-session'

export type ListParams = { limit?: number | undefined; starting_after?: string | undefined; ending_before?: string | undefined }

const DEFAULT_LIMIT = 10

/**
 * Builds one page of a Stripe list from items in creation order. Stripe lists newest first and pages
 * with `starting_after` (older than that id) and `ending_before` (newer than that id).
 * Throws a 400 when a cursor id is not in the list.
 */
export function paginate<Item extends { id: string }>(itemsOldestFirst: Item[], params: ListParams, url: string): SimulatedList<Item> {
  const newestFirst = [...itemsOldestFirst].reverse()
  const limit = params.limit ?? DEFAULT_LIMIT

  if (params.starting_after !== undefined) {
    const start = cursorIndex(newestFirst, params.starting_after, 'starting_after') + 1
    const data = newestFirst.slice(start, start + limit)

    return { object: 'list', data, has_more: start + limit < newestFirst.length, url }
  }

  if (params.ending_before !== undefined) {
    const end = cursorIndex(newestFirst, params.ending_before, 'ending_before')
    const data = newestFirst.slice(Math.max(0, end - limit), end)

    return { object: 'list', data, has_more: end - limit > 0, url }
  }

  return { object: 'list', data: newestFirst.slice(0, limit), has_more: newestFirst.length > limit, url }
}

function cursorIndex(items: Array<{ id: string }>, id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id)
  if (index === -1) {
    throw invalidParam(param, `No such object: '${id}'`, 'resource_missing')
  }

  return index
}
