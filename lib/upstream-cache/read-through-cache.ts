import { setTimeout as sleepRealMs } from 'node:timers/promises'

import { CatProxiesRateLimitError } from '@/lib/catproxies/errors'
import { CatProxiesBudgetExhaustedError } from '@/lib/catproxies/governor/budget-errors'
import { getUpstreamClock, type UpstreamClock } from '@/lib/catproxies/governor/upstream-clock'
import type { Database } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import {
  claimExistingRow,
  claimNewRow,
  findCacheRow,
  holdLeaseAfterFailure,
  isPlaceholder,
  readPlaceholder,
  storeLoadedValue,
  type CacheRow,
} from './cache-entry-store'
import { UpstreamCacheUnavailableError } from './upstream-cache-unavailable-error'

export type ReadThroughCacheInput<T> = {
  db: Database
  tenantId: string
  /** Identifies the upstream reply, e.g. "store:Isp" or "servers". */
  cacheKey: string
  /** Age in ms after which the next read starts a background refresh. */
  freshForMs: number
  /** Fetches the value upstream. Called on a miss, and in the background once stale. */
  load: () => Promise<T>
  /** Validates a stored value; a value that fails is treated as a miss. */
  parse: (stored: unknown) => T
  /**
   * How long one instance may hold the load or refresh before another may take over, in
   * ms. Keep it above the longest load (request timeouts and read retries included), or a
   * slow load may be duplicated by another instance.
   */
  refreshLeaseMs?: number
  /** Time source for ages and leases; the process-wide upstream clock by default. */
  clock?: UpstreamClock
}

const DEFAULT_REFRESH_LEASE_MS = 60_000
// After a failed first load, readers fail fast for this long instead of calling upstream again.
const COLD_RETRY_AFTER_MS = 5_000
// After a failed refresh the stale value is served, and the next refresh waits a quarter
// of the value's age, within these bounds, so a long outage is retried less and less often.
const MIN_REFRESH_RETRY_MS = 30_000
const MAX_REFRESH_RETRY_MS = 10 * 60_000
const MAX_RATE_LIMIT_WAIT_MS = 61 * 60_000
// Real-time interval at which a reader re-reads a row another instance is loading.
const POLL_INTERVAL_MS = 50

const foregroundLoads = new WeakMap<Database, Map<string, Promise<unknown>>>()
const backgroundRefreshes = new WeakMap<Database, Map<string, Promise<void>>>()
const pendingRefreshes = new Set<Promise<void>>()

/**
 * Serves an upstream reply from the UpstreamCacheEntry table with stale-while-revalidate.
 * A fresh entry is returned as is. A stale entry is returned at once, and the instance
 * that wins the row's lease refreshes it in the background. So all app and worker
 * instances together refresh a key once per `freshForMs`, plus the retries of a failed
 * refresh, which start after a backoff while the stale value is served.
 * On a miss the caller waits: one instance loads while the others wait for its row. The
 * loader's errors propagate to its caller. Readers waiting in other instances get
 * UpstreamCacheUnavailableError until the retry time.
 */
export async function readThroughCache<T>(input: ReadThroughCacheInput<T>): Promise<T> {
  const clock = input.clock ?? getUpstreamClock()
  const row = await findCacheRow(input)
  const cached = row === null ? undefined : readValue(input, row, true)

  if (row !== null && cached !== undefined) {
    const nowMs = clock.now().getTime()
    // A running lease means a refresh is under way or backing off after a failure, so
    // trying to take it would only cost a write.
    const isLeased = row.refreshLeaseUntil !== null && row.refreshLeaseUntil.getTime() > nowMs
    if (nowMs - row.fetchedAt.getTime() > input.freshForMs && !isLeased) startBackgroundRefresh(input, row, clock)

    return cached
  }

  return coalesce(foregroundLoads, input, () => loadWhenMissing(input, row, clock)) as Promise<T>
}

/** Waits until every background refresh this process started has finished; for tests and shutdown. */
export async function settleBackgroundRefreshes(): Promise<void> {
  while (pendingRefreshes.size > 0) await Promise.allSettled([...pendingRefreshes])
}

async function loadWhenMissing<T>(input: ReadThroughCacheInput<T>, firstRow: CacheRow | null, clock: UpstreamClock): Promise<T> {
  const leaseMs = input.refreshLeaseMs ?? DEFAULT_REFRESH_LEASE_MS
  const deadlineMs = clock.now().getTime() + leaseMs + 5_000
  let row = firstRow

  for (;;) {
    const now = clock.now()
    const lease = new Date(now.getTime() + leaseMs)
    const isClaimed = row === null ? await claimNewRow(input, lease) : await claimExistingRow(input, row.fetchedAt, now, lease)
    if (isClaimed) return loadUnderLease(input, lease, clock, row === null || isPlaceholder(row))

    row = await findCacheRow(input)
    const cached = row === null ? undefined : readValue(input, row, false)
    if (cached !== undefined) return cached

    const placeholder = row === null ? null : readPlaceholder(row)
    const leaseUntil = row?.refreshLeaseUntil ?? null
    if (placeholder?.$uncached === 'failed' && leaseUntil !== null && leaseUntil.getTime() > now.getTime()) {
      throw new UpstreamCacheUnavailableError(input.cacheKey, placeholder.message, leaseUntil)
    }
    if (clock.now().getTime() > deadlineMs) {
      throw new UpstreamCacheUnavailableError(input.cacheKey, 'timed out waiting for another instance to load it', new Date(deadlineMs))
    }
    await sleepRealMs(POLL_INTERVAL_MS)
  }
}

function startBackgroundRefresh<T>(input: ReadThroughCacheInput<T>, row: CacheRow, clock: UpstreamClock): void {
  const leaseMs = input.refreshLeaseMs ?? DEFAULT_REFRESH_LEASE_MS
  const refresh = coalesce(backgroundRefreshes, input, async () => {
    const now = clock.now()
    const lease = new Date(now.getTime() + leaseMs)
    if (!(await claimExistingRow(input, row.fetchedAt, now, lease))) return

    await loadUnderLease(input, lease, clock, false)
  }).catch((error: unknown) => {
    const context = { err: error, tenantId: input.tenantId, cacheKey: input.cacheKey }
    // The governor already logged its refusal; this one is routine once a budget runs low.
    if (error instanceof CatProxiesBudgetExhaustedError) logger.info(context, 'background refresh postponed until the request budget resets')
    else logger.warn(context, 'background refresh of cached upstream reply failed; serving the stale value')
  })
  pendingRefreshes.add(refresh)
  void refresh.finally(() => pendingRefreshes.delete(refresh))
}

async function loadUnderLease<T>(input: ReadThroughCacheInput<T>, lease: Date, clock: UpstreamClock, isPlaceholderRow: boolean): Promise<T> {
  let value: T
  try {
    value = await input.load()
  } catch (error) {
    const retryAt = computeRetryAt(error, clock.now(), isPlaceholderRow ? null : await findCacheRow(input))
    const message = error instanceof Error ? error.message : String(error)
    await holdLeaseAfterFailure(input, lease, retryAt, isPlaceholderRow ? message : null).catch((holdError: unknown) => {
      logger.error({ err: holdError, tenantId: input.tenantId, cacheKey: input.cacheKey }, 'could not record a failed upstream load')
    })
    throw error
  }

  const isStored = await storeLoadedValue(input, lease, value, clock.now())
  if (!isStored) {
    logger.info({ tenantId: input.tenantId, cacheKey: input.cacheKey }, 'cache lease expired during the load; another instance stores the value')
  }

  return value
}

function computeRetryAt(error: unknown, now: Date, staleRow: CacheRow | null): Date {
  let delayMs = COLD_RETRY_AFTER_MS
  if (staleRow !== null && !isPlaceholder(staleRow)) {
    const ageMs = now.getTime() - staleRow.fetchedAt.getTime()
    delayMs = Math.min(MAX_REFRESH_RETRY_MS, Math.max(MIN_REFRESH_RETRY_MS, ageMs / 4))
  }
  // A refused or rate-limited request cannot succeed before the budget resets.
  if (error instanceof CatProxiesRateLimitError && error.resetAt !== null) {
    const untilResetMs = Math.min(MAX_RATE_LIMIT_WAIT_MS, error.resetAt.getTime() - now.getTime())
    delayMs = Math.max(delayMs, untilResetMs)
  }

  return new Date(now.getTime() + delayMs)
}

function readValue<T>(input: ReadThroughCacheInput<T>, row: CacheRow, shouldLogInvalid: boolean): T | undefined {
  if (isPlaceholder(row)) return undefined

  try {
    return input.parse(row.value)
  } catch (error) {
    if (shouldLogInvalid) {
      logger.warn({ err: error, tenantId: input.tenantId, cacheKey: input.cacheKey }, 'cached upstream reply failed validation; refetching')
    }

    return undefined
  }
}

// Calls sharing a database client (one instance) share one promise per key, so concurrent
// reads of a missing key cost one lease query, not one each.
function coalesce<R>(registry: WeakMap<Database, Map<string, Promise<R>>>, input: ReadThroughCacheInput<unknown>, run: () => Promise<R>): Promise<R> {
  let loads = registry.get(input.db)
  if (loads === undefined) {
    loads = new Map()
    registry.set(input.db, loads)
  }
  const key = `${input.tenantId}\u0000${input.cacheKey}`
  const existing = loads.get(key)
  if (existing !== undefined) return existing

  const started = run().finally(() => loads.delete(key))
  loads.set(key, started)

  return started
}
