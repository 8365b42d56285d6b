import type { ProxyType } from '@/lib/catproxies/types'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import type { Database } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import type { CatalogueFamily, CountryOption } from '@/lib/products/catalogue-filters'
import { countryNameOf } from '@/lib/products/country-name'
import { loadDatacenterStock } from '@/lib/products/load-datacenter-stock'
import { getMobileTargetingSource } from '@/lib/products/load-mobile-targeting'
import { loadResidentialTargeting } from '@/lib/products/load-residential-targeting'
import { PRODUCT_FAMILIES } from '@/lib/products/product-families'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

export type ListCatalogueInput = { db: Database; tenant: StorefrontTenant }

/**
 * Lists every product family with its visible packages at retail prices and the
 * countries each package can deliver. Everything comes from caches. A family whose
 * packages fail to load is marked unavailable, and a family whose countries fail to load
 * shows its packages without countries, so one upstream failure never empties the store.
 */
export async function listCatalogue({ db, tenant }: ListCatalogueInput): Promise<CatalogueFamily[]> {
  return Promise.all(
    PRODUCT_FAMILIES.map(async (family) => {
      let packages: RetailPackage[]
      try {
        packages = await listRetailPackages({ db, tenant, proxyType: family.proxyType })
      } catch (error) {
        logger.error({ err: error, tenantId: tenant.id, proxyType: family.proxyType }, 'catalogue family could not be loaded')
        return { family, entries: [], isUnavailable: true }
      }

      const countries = packages.length === 0 ? null : await loadFamilyCountries({ db, tenant }, family.proxyType)
      const entries = packages.map((retailPackage) => ({
        retailPackage,
        countries: family.proxyType === 'Isp' ? ispCountries(retailPackage) : countries,
      }))

      return { family, entries, isUnavailable: false }
    }),
  )
}

function ispCountries(retailPackage: RetailPackage): CountryOption[] {
  return retailPackage.locations
    .filter((location) => location.code !== null)
    .map((location) => ({ code: (location.code ?? '').toUpperCase(), name: location.name ?? countryNameOf(location.code ?? '') }))
}

// Countries shared by every package of a family. Only types whose coverage upstream
// publishes get a list; the others return null ("not known").
async function loadFamilyCountries({ db, tenant }: ListCatalogueInput, proxyType: ProxyType): Promise<CountryOption[] | null> {
  try {
    switch (proxyType) {
      case 'DatacenterP': {
        const stock = await loadDatacenterStock({ db, tenantId: tenant.id })
        return stock.filter((entry) => entry.available > 0).map((entry) => ({ code: entry.code, name: entry.name }))
      }
      case 'gResidential': {
        const targeting = await loadResidentialTargeting({ db, tenantId: tenant.id })
        return targeting.countries.map((country) => ({ code: country.code.toUpperCase(), name: country.name }))
      }
      case 'RotatingMobile': {
        const countries = await getMobileTargetingSource({ db, tenantId: tenant.id }).listCountries()
        return countries.filter((country) => country.code !== null).map((country) => ({ code: country.code ?? '', name: country.name }))
      }
      default:
        return null
    }
  } catch (error) {
    logger.warn({ err: error, tenantId: tenant.id, proxyType }, 'package countries could not be loaded; showing packages without them')
    return null
  }
}
