import type { Database } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { logger } from '@/lib/logger'

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
  /** How long one instance may hold the refresh before another may take over, in ms. */
  refreshLeaseMs?: number
}

const DEFAULT_REFRESH_LEASE_MS = 30_000

/**
 * Serves an upstream reply from the UpstreamCacheEntry table with stale-while-revalidate.
 * A fresh entry is returned as is. A stale entry is returned at once while one instance,
 * the one that wins a lease row update, refreshes it in the background, so all app and
 * worker instances together call upstream at most once per key per `freshForMs`. Only a
 * miss waits for upstream, and its errors propagate to the caller.
 */
export async function readThroughCache<T>(input: ReadThroughCacheInput<T>): Promise<T> {
  const { db, tenantId, cacheKey } = input
  const entry = await db.upstreamCacheEntry.findUnique({ where: { tenantId_cacheKey: { tenantId, cacheKey } } })
  const cached = entry ? tryParse(input, entry.value) : undefined

  if (!entry || cached === undefined) {
    return loadAndStore(input)
  }

  const ageMs = Date.now() - entry.fetchedAt.getTime()
  if (ageMs > input.freshForMs && (await acquireRefreshLease(input))) {
    void loadAndStore(input).catch((error: unknown) => {
      logger.warn({ err: error, tenantId, cacheKey }, 'background refresh of cached upstream reply failed; serving the stale value')
    })
  }

  return cached
}

function tryParse<T>(input: ReadThroughCacheInput<T>, stored: unknown): T | undefined {
  try {
    return input.parse(stored)
  } catch (error) {
    logger.warn({ err: error, tenantId: input.tenantId, cacheKey: input.cacheKey }, 'cached upstream reply failed validation; refetching')
    return undefined
  }
}

async function loadAndStore<T>(input: ReadThroughCacheInput<T>): Promise<T> {
  const { db, tenantId, cacheKey } = input
  const value = await input.load()
  const stored = JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue
  const fetchedAt = new Date()

  await db.upstreamCacheEntry.upsert({
    where: { tenantId_cacheKey: { tenantId, cacheKey } },
    create: { tenantId, cacheKey, value: stored, fetchedAt },
    update: { value: stored, fetchedAt, refreshLeaseUntil: null },
  })

  return value
}

// One conditional update decides which instance refreshes; the lease expires on its own
// if that instance dies, so a crashed refresh delays the next one by at most the lease.
async function acquireRefreshLease<T>(input: ReadThroughCacheInput<T>): Promise<boolean> {
  const now = new Date()
  const leaseUntil = new Date(now.getTime() + (input.refreshLeaseMs ?? DEFAULT_REFRESH_LEASE_MS))
  const result = await input.db.upstreamCacheEntry.updateMany({
    where: {
      tenantId: input.tenantId,
      cacheKey: input.cacheKey,
      OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: now } }],
    },
    data: { refreshLeaseUntil: leaseUntil },
  })

  return result.count === 1
}
