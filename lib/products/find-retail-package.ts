import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import type { Database } from '@/lib/db/prisma'
import { PRODUCT_FAMILIES } from '@/lib/products/product-families'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

/**
 * Finds a visible package by id in any product family, from the catalogue cache. Returns
 * null when no family lists it. Throws the first load error only when the package is in
 * no family that loaded, because it may be in the one that failed.
 */
export async function findRetailPackage({ db, tenant, packageId }: { db: Database; tenant: StorefrontTenant; packageId: string }): Promise<RetailPackage | null> {
  const results = await Promise.allSettled(PRODUCT_FAMILIES.map((family) => listRetailPackages({ db, tenant, proxyType: family.proxyType })))

  for (const result of results) {
    if (result.status !== 'fulfilled') continue
    const found = result.value.find((candidate) => candidate.packageId === packageId)
    if (found) return found
  }
  const failure = results.find((result) => result.status === 'rejected')
  if (failure) throw failure.reason

  return null
}
