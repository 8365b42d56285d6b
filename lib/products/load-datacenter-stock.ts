import type { Database } from '@/lib/db/prisma'
import { countryNameOf } from '@/lib/products/country-name'
import { ZDatacenterStock, type DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

// Stock moves with every datacenter order, so it is refreshed often. Upstream still has
// the final word: an order above its live stock is rejected and refunded.
const STOCK_FRESH_FOR_MS = 60 * 1000

/** Reads datacenter stock per country from the Postgres cache of `/datacenterp-countries`. */
export async function loadDatacenterStock({ db, tenantId }: { db: Database; tenantId: string }): Promise<DatacenterStockEntry[]> {
  return readThroughCache({
    db,
    tenantId,
    cacheKey: 'datacenterp-countries',
    freshForMs: STOCK_FRESH_FOR_MS,
    parse: (stored) => ZDatacenterStock.parse(stored),
    load: async () => {
      const client = await getTenantCatProxiesClient({ db, tenantId })
      const countries = await client.listDatacenterCountries()

      return countries.map((country) => ({ code: country.code, name: country.name ?? countryNameOf(country.code), available: country.available }))
    },
  })
}
