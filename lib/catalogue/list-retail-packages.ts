import { z } from 'zod'

import { PROXY_TYPES, type ProxyType, type StorePackage } from '@/lib/catproxies/types'
import { toRetailPackage, type RetailPackage } from '@/lib/catalogue/retail-package'
import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { deleteCacheRows } from '@/lib/upstream-cache/cache-entry-store'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

/** Age in ms after which a tenant's cached catalogue of one proxy type is refreshed from CatProxies. */
export const CATALOGUE_FRESH_FOR_MS = 5 * 60 * 1000

const CACHE_KEY_PREFIX = 'store:'

const locationSchema = z.object({ id: z.number().int(), name: z.string().nullable(), code: z.string().nullable() })

// The shape StorePackage has after a JSON round trip through UpstreamCacheEntry.value.
const storePackageSchema = z.object({
  packageId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  proxyType: z.enum(PROXY_TYPES),
  resellerPriceMinor: z.number().int(),
  minQty: z.number().int().nullable(),
  maxQty: z.number().int().nullable(),
  locations: z.array(locationSchema),
  ips: z.number().int().nullable(),
  days: z.number().int().nullable(),
  bandwidthGb: z.number().nullable(),
  speedMbps: z.number().nullable(),
  hidden: z.boolean(),
  extra: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<StorePackage>

const storePackagesSchema = z.array(storePackageSchema)

export type ListRetailPackagesInput = {
  db: Database
  tenant: StorefrontTenant
  proxyType: ProxyType
}

/**
 * Lists the tenant's visible packages of one proxy type at retail prices. Reads the
 * catalogue from the Postgres read-through cache, which every instance shares. One
 * instance refreshes it in the background once it is five minutes old, so page views do
 * not spend the reseller's request budget. Waits for CatProxies only when
 * nothing is cached yet; then it throws what the load throws (a CatProxiesError,
 * including CatProxiesBudgetExhaustedError) or UpstreamCacheUnavailableError.
 */
export async function listRetailPackages(input: ListRetailPackagesInput): Promise<RetailPackage[]> {
  const packages = await loadStorePackages(input)

  return packages
    .filter((storePackage) => !storePackage.hidden)
    .map((storePackage) => toRetailPackage(storePackage, input.tenant.markupBasisPoints, input.tenant.currency))
}

/** A package offer: the retail package shown to the customer and the price the tenant pays upstream. */
export type PackageOffer = {
  retailPackage: RetailPackage
  resellerPriceMinor: number
}

/**
 * Finds one visible package by id in the cached catalogue, or throws `not_found` naming
 * the packageId field. Prices come from a copy up to five minutes old (older while
 * CatProxies is unreachable).
 */
export async function getPackageOfferOrThrow(input: ListRetailPackagesInput & { packageId: string }): Promise<PackageOffer> {
  const packages = await loadStorePackages(input)
  const found = packages.find((storePackage) => storePackage.packageId === input.packageId && !storePackage.hidden)
  if (!found) {
    throw new AppError('not_found', `Package ${input.packageId} not found`, {
      field: 'packageId',
      userMessage: 'This package is not offered any more. Choose another one from the store.',
    })
  }

  return {
    retailPackage: toRetailPackage(found, input.tenant.markupBasisPoints, input.tenant.currency),
    resellerPriceMinor: found.resellerPriceMinor,
  }
}

/**
 * Deletes a tenant's cached catalogue (every proxy type), so the next read fetches it from
 * CatProxies. Returns the number of cache rows deleted.
 */
export async function clearCatalogueCache({ db, tenantId }: { db: Database; tenantId: string }): Promise<number> {
  return deleteCacheRows({ db, tenantId, prefix: CACHE_KEY_PREFIX })
}

async function loadStorePackages({ db, tenant, proxyType }: ListRetailPackagesInput): Promise<StorePackage[]> {
  return readThroughCache({
    db,
    tenantId: tenant.id,
    cacheKey: `${CACHE_KEY_PREFIX}${proxyType}`,
    freshForMs: CATALOGUE_FRESH_FOR_MS,
    load: async () => {
      const client = await getTenantCatProxiesClient({ db, tenantId: tenant.id })

      return client.listStorePackages({ proxyType })
    },
    parse: (stored) => storePackagesSchema.parse(stored),
  })
}
