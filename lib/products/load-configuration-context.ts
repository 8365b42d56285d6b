import type { Database } from '@/lib/db/prisma'
import type { MobileTargetingChoice, ProductConfiguration } from '@/lib/products/configuration-schema'
import { loadDatacenterStock } from '@/lib/products/load-datacenter-stock'
import { loadGatewayServers } from '@/lib/products/load-gateway-servers'
import { getMobileTargetingSource, type MobileTargetingSource } from '@/lib/products/load-mobile-targeting'
import type { ConfigurationContext } from '@/lib/products/validate-configuration'
import type { MobileTargetingLists } from '@/lib/products/validate-mobile-targeting'

export type LoadConfigurationContextInput = {
  db: Database
  tenantId: string
  configuration: ProductConfiguration
}

/**
 * Loads, from the Postgres cache, the live data `validateConfiguration` needs for this
 * configuration's type: datacenter stock, gateway servers or the mobile targeting lists
 * along the customer's choice. Types without live data get an empty context.
 */
export async function loadConfigurationContext({ db, tenantId, configuration }: LoadConfigurationContextInput): Promise<ConfigurationContext> {
  switch (configuration.proxyType) {
    case 'DatacenterP':
      return { datacenterStock: await loadDatacenterStock({ db, tenantId }) }
    case 'UnlimitedResidential':
      return { gatewayServers: await loadGatewayServers({ db, tenantId }) }
    case 'RotatingMobile':
      return { mobileTargeting: await loadMobileTargetingLists(getMobileTargetingSource({ db, tenantId }), configuration.targeting) }
    default:
      return {}
  }
}

// Reads each level only when the level above contains the chosen id, so an unknown id is
// reported by the validator under its own field instead of failing the lookup.
async function loadMobileTargetingLists(source: MobileTargetingSource, choice: MobileTargetingChoice): Promise<MobileTargetingLists> {
  const lists: MobileTargetingLists = { countries: await source.listCountries(), regions: null, cities: null, carriers: null }
  const { countryId, regionId, cityId, carrierId } = choice
  if (countryId === null || !lists.countries.some((country) => country.id === countryId)) return lists

  lists.regions = await source.listRegions(countryId)
  const hasRegion = regionId !== null && lists.regions.some((region) => region.id === regionId)
  if (hasRegion) lists.cities = await source.listCities(countryId, regionId)
  const hasCity = hasRegion && cityId !== null && (lists.cities ?? []).some((city) => city.id === cityId)

  if (carrierId !== null && (regionId === null || hasRegion) && (cityId === null || hasCity)) {
    lists.carriers = await source.listCarriers(countryId, hasRegion ? regionId : null, hasCity ? cityId : null)
  }

  return lists
}
