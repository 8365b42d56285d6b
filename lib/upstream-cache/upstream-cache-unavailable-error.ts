/**
 * A cache key has no value, and another instance's attempt to load it failed recently
 * (or did not finish in time). Nothing was sent upstream for this read; try again after
 * `retryAt`.
 */
export class UpstreamCacheUnavailableError extends Error {
  readonly cacheKey: string
  readonly retryAt: Date

  constructor(cacheKey: string, reason: string, retryAt: Date) {
    super(`Cached upstream reply ${cacheKey} is unavailable: ${reason}; retry after ${retryAt.toISOString()}`)
    this.name = 'UpstreamCacheUnavailableError'
    this.cacheKey = cacheKey
    this.retryAt = retryAt
  }
}
