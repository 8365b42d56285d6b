import type { Database } from '@/lib/db/prisma'
import { countryNameOf } from '@/lib/products/country-name'
import { ZResidentialTargetingOptions, type ResidentialTargetingOptions } from '@/lib/products/residential-targeting-options'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

// Countries, states and cities of the residential pool change over weeks, not hours.
const TARGETING_FRESH_FOR_MS = 24 * 60 * 60 * 1000

/** Reads residential targeting options from the Postgres cache of `/gresi-targeting-options`. */
export async function loadResidentialTargeting({ db, tenantId }: { db: Database; tenantId: string }): Promise<ResidentialTargetingOptions> {
  return readThroughCache({
    db,
    tenantId,
    cacheKey: 'gresi-targeting-options',
    freshForMs: TARGETING_FRESH_FOR_MS,
    parse: (stored) => ZResidentialTargetingOptions.parse(stored),
    load: async () => {
      const client = await getTenantCatProxiesClient({ db, tenantId })
      const targeting = await client.getResidentialTargeting()

      return {
        countries: targeting.countries.map((country) => ({ code: country.code, name: country.name ?? countryNameOf(country.code) })),
        usStates: targeting.usStates,
        cities: targeting.cities,
        usStateCities: targeting.usStateCities,
      }
    },
  })
}
