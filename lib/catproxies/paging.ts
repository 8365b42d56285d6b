import { CatProxiesResponseError } from './errors'

// Sanity bound on `totalPages`: 1000 pages of 100 is far beyond any real catalogue or order list.
export const MAX_PAGES = 1000
export const PAGE_SIZE = 100

export type FetchedPage<T> = { items: T[]; totalPages: number | null; itemCount: number }

/**
 * Fetches page 1, then pages 2..totalPages, one request at a time, and returns all items.
 * Throws CatProxiesResponseError when `totalPages` is negative, above MAX_PAGES, or 0
 * while the first page is not empty.
 */
export async function collectAllPages<T>(fetchPage: (page: number) => Promise<FetchedPage<T>>): Promise<T[]> {
  const first = await fetchPage(1)
  const totalPages = checkTotalPages(first.totalPages, first.itemCount)
  const items = [...first.items]
  for (let page = 2; page <= totalPages; page += 1) items.push(...(await fetchPage(page)).items)

  return items
}

function checkTotalPages(totalPages: number | null, firstPageCount: number): number {
  // NOTE: a reply without pagination is taken as a single page; upstream has not been
  // seen to omit it on paged endpoints.
  if (totalPages === null) return 1
  if (totalPages < 0 || totalPages > MAX_PAGES) {
    throw new CatProxiesResponseError('pagination.totalPages', `expected 0 to ${MAX_PAGES}, got ${totalPages}`)
  }
  if (totalPages === 0 && firstPageCount > 0) {
    throw new CatProxiesResponseError('pagination.totalPages', `is 0 but the first page has ${firstPageCount} items`)
  }

  return totalPages
}
