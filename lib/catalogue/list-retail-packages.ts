import type { ProxyType, StorePackage } from '@/lib/catproxies/types'
import { toRetailPackage, type RetailPackage } from '@/lib/catalogue/retail-package'
import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { logger } from '@/lib/logger'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'

const FRESH_FOR_MS = 5 * 60 * 1000

type CacheEntry = { packages: StorePackage[]; fetchedAt: number; refresh?: Promise<StorePackage[]> }

// NOTE: this cache lives in one process, so each app instance refreshes on its own schedule.
const cache = new Map<string, CacheEntry>()

export type ListRetailPackagesInput = {
  db: Database
  tenant: StorefrontTenant
  proxyType: ProxyType
}

/**
 * Lists the tenant's visible packages of one proxy type at retail prices. Reads the
 * catalogue from a cache that is refreshed in the background at most once per five
 * minutes per tenant and type (stale-while-revalidate), so page views do not spend the
 * reseller's hourly request budget. Waits for upstream only when nothing is cached.
 */
export async function listRetailPackages(input: ListRetailPackagesInput): Promise<RetailPackage[]> {
  const packages = await loadStorePackages(input)

  return packages
    .filter((storePackage) => !storePackage.hidden)
    .map((storePackage) => toRetailPackage(storePackage, input.tenant.markupBasisPoints, input.tenant.currency))
}

async function loadStorePackages({ db, tenant, proxyType }: ListRetailPackagesInput): Promise<StorePackage[]> {
  const key = `${tenant.id}:${proxyType}`
  const entry = cache.get(key)
  let packages: StorePackage[]

  if (!entry) {
    packages = await refreshCatalogue({ db, tenantId: tenant.id, proxyType, key })
  } else {
    if (Date.now() - entry.fetchedAt > FRESH_FOR_MS && !entry.refresh) {
      void refreshCatalogue({ db, tenantId: tenant.id, proxyType, key }).catch((error: unknown) => {
        logger.warn({ err: error, tenantId: tenant.id, proxyType }, 'background catalogue refresh failed; serving stale packages')
      })
    }
    packages = entry.packages
  }

  return packages
}

/** A package offer: what the customer sees and what the tenant pays upstream for it. */
export type PackageOffer = {
  retailPackage: RetailPackage
  resellerPriceMinor: number
}

/** Finds one visible package by id, or throws `not_found` naming the packageId field. */
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

type RefreshInput = { db: Database; tenantId: string; proxyType: ProxyType; key: string }

async function refreshCatalogue({ db, tenantId, proxyType, key }: RefreshInput): Promise<StorePackage[]> {
  const existing = cache.get(key)
  if (existing?.refresh) return existing.refresh

  const refresh = (async () => {
    const client = await getTenantCatProxiesClient({ db, tenantId })
    return client.listStorePackages({ proxyType })
  })()
  if (existing) existing.refresh = refresh

  try {
    const packages = await refresh
    cache.set(key, { packages, fetchedAt: Date.now() })
    return packages
  } finally {
    if (existing) existing.refresh = undefined
  }
}

/** Empties the catalogue cache; tests use it between cases. */
export function clearCatalogueCache(): void {
  cache.clear()
}
