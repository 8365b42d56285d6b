import type { Database } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * Row operations of the read-through cache. A row whose `fetchedAt` is the Unix epoch is
 * a placeholder: it claims a key that has no value yet, so that only one instance loads a
 * cold key. `refreshLeaseUntil` is the lease of the instance that loads or refreshes the
 * row; its exact value is that instance's token, and writes back require it.
 */

export type CacheRow = {
  value: unknown
  fetchedAt: Date
  refreshLeaseUntil: Date | null
}

export type CacheKeyRef = { db: Database; tenantId: string; cacheKey: string }

export const PLACEHOLDER_FETCHED_AT = new Date(0)

/** Stored in a placeholder row while the first load runs, or after it failed. */
export type PlaceholderValue = { $uncached: 'loading' } | { $uncached: 'failed'; message: string }

export function isPlaceholder(row: CacheRow): boolean {
  return row.fetchedAt.getTime() === PLACEHOLDER_FETCHED_AT.getTime()
}

export function readPlaceholder(row: CacheRow): PlaceholderValue | null {
  if (!isPlaceholder(row) || typeof row.value !== 'object' || row.value === null) return null

  return (row.value as { $uncached?: unknown }).$uncached === 'failed' ? (row.value as PlaceholderValue) : { $uncached: 'loading' }
}

export async function findCacheRow({ db, tenantId, cacheKey }: CacheKeyRef): Promise<CacheRow | null> {
  return db.upstreamCacheEntry.findUnique({
    where: { tenantId_cacheKey: { tenantId, cacheKey } },
    select: { value: true, fetchedAt: true, refreshLeaseUntil: true },
  })
}

/** Inserts a placeholder that holds the lease until `leaseUntil`. Returns false if the row already exists. */
export async function claimNewRow({ db, tenantId, cacheKey }: CacheKeyRef, leaseUntil: Date): Promise<boolean> {
  const value: PlaceholderValue = { $uncached: 'loading' }
  const result = await db.upstreamCacheEntry.createMany({
    data: [{ tenantId, cacheKey, value, fetchedAt: PLACEHOLDER_FETCHED_AT, refreshLeaseUntil: leaseUntil }],
    skipDuplicates: true,
  })

  return result.count === 1
}

/**
 * Takes the lease of an existing row if no instance holds it (or it expired) and the row still
 * has the `fetchedAt` the caller saw. The second condition stops an instance that read the
 * row before another one refreshed it from refreshing it again.
 */
export async function claimExistingRow({ db, tenantId, cacheKey }: CacheKeyRef, seenFetchedAt: Date, now: Date, leaseUntil: Date): Promise<boolean> {
  const result = await db.upstreamCacheEntry.updateMany({
    where: {
      tenantId,
      cacheKey,
      fetchedAt: seenFetchedAt,
      OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: now } }],
    },
    data: { refreshLeaseUntil: leaseUntil },
  })

  return result.count === 1
}

/** Writes a loaded value if the caller still holds its lease. Returns false if another instance took over. */
export async function storeLoadedValue({ db, tenantId, cacheKey }: CacheKeyRef, lease: Date, value: unknown, fetchedAt: Date): Promise<boolean> {
  const stored = JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue
  const result = await db.upstreamCacheEntry.updateMany({
    where: { tenantId, cacheKey, refreshLeaseUntil: lease },
    data: { value: stored, fetchedAt, refreshLeaseUntil: null },
  })

  return result.count === 1
}

/**
 * Keeps the lease after a failed load until `retryAt`, so no instance tries again before
 * then. A placeholder also records the failure, so readers waiting on it fail at once.
 */
export async function holdLeaseAfterFailure(ref: CacheKeyRef, lease: Date, retryAt: Date, placeholderMessage: string | null): Promise<void> {
  const failed: PlaceholderValue | null = placeholderMessage === null ? null : { $uncached: 'failed', message: placeholderMessage }
  await ref.db.upstreamCacheEntry.updateMany({
    where: { tenantId: ref.tenantId, cacheKey: ref.cacheKey, refreshLeaseUntil: lease },
    data: { refreshLeaseUntil: retryAt, ...(failed === null ? {} : { value: failed }) },
  })
}

/** Deletes a tenant's cached replies whose keys start with `prefix` ('' for all of them). */
export async function deleteCacheRows({ db, tenantId, prefix }: { db: Database; tenantId: string; prefix: string }): Promise<number> {
  const result = await db.upstreamCacheEntry.deleteMany({ where: { tenantId, cacheKey: { startsWith: prefix } } })

  return result.count
}
