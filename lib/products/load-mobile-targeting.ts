import { createGovernedCatProxiesClient } from '@/lib/catproxies/governor/governed-client'
import type { TargetingOption } from '@/lib/catproxies/types'
import type { Database } from '@/lib/db/prisma'
import { invalidInput } from '@/lib/errors/app-error'
import { logger } from '@/lib/logger'
import { resolveMobileSnapshotUrl } from '@/lib/products/mobile-snapshot-url'
import {
  listTreeCarriers,
  listTreeCities,
  listTreeCountries,
  listTreeRegions,
  ZMobileTargetingTree,
  ZTargetingChoiceOption,
  type MobileTargetingTree,
  type TargetingChoiceOption,
} from '@/lib/products/mobile-targeting-tree'
import { getCatProxiesBaseUrl, getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

// Mobile coverage changes slowly, and the per-level endpoints share a budget of only 60
// requests per 10 minutes per key, so every level is cached for a day.
const TARGETING_FRESH_FOR_MS = 24 * 60 * 60 * 1000
const ZOptions = ZTargetingChoiceOption.array()

/**
 * Mobile targeting options, one level at a time. Each method checks that the parent ids
 * exist before it reads the level below, and throws `invalid_input` naming the parameter
 * when one does not.
 */
export type MobileTargetingSource = {
  listCountries(): Promise<TargetingChoiceOption[]>
  listRegions(countryId: string): Promise<TargetingChoiceOption[]>
  listCities(countryId: string, regionId: string): Promise<TargetingChoiceOption[]>
  listCarriers(countryId: string, regionId: string | null, cityId: string | null): Promise<TargetingChoiceOption[]>
}

type SourceInput = { db: Database; tenantId: string }

/**
 * Returns the tenant's mobile targeting, served from the Postgres cache. With a snapshot
 * URL the whole tree is one cached download. Without one, each level is cached on its
 * own key, so visitors share upstream calls instead of making one each.
 */
export function getMobileTargetingSource(input: SourceInput): MobileTargetingSource {
  const snapshotUrl = resolveMobileSnapshotUrl()
  const source = snapshotUrl === null ? createPerLevelSource(input) : createSnapshotSource(input, snapshotUrl)

  return withParentChecks(source)
}

function createSnapshotSource({ db, tenantId }: SourceInput, snapshotUrl: string): MobileTargetingSource {
  const loadTree = () =>
    readThroughCache<MobileTargetingTree>({
      db,
      tenantId,
      cacheKey: 'mobile-targeting:snapshot',
      freshForMs: TARGETING_FRESH_FOR_MS,
      parse: (stored) => ZMobileTargetingTree.parse(stored),
      load: async () => {
        // NOTE: getTenantCatProxiesClient takes no snapshot URL, so this builds the same governed client with one.
        const secrets = await getTenantSecretsOrThrow({ db, tenantId })
        const client = createGovernedCatProxiesClient({
          db,
          apiKey: secrets.catproxiesApiKey,
          baseUrl: getCatProxiesBaseUrl(),
          mobileTargetingSnapshotUrl: snapshotUrl,
          logger: logger.child({ tenantId, upstream: 'catproxies' }),
        })
        const snapshot = await client.getMobileTargetingSnapshot()

        return {
          generatedAt: snapshot.generatedAt?.toISOString() ?? null,
          countries: snapshot.countries.map((country) => ({
            ...toChoice(country),
            carriers: country.isps.map(toChoice),
            regions: country.regions.map((region) => ({
              ...toChoice(region),
              cities: region.cities.map((city) => ({ ...toChoice(city), carriers: city.isps.map(toChoice) })),
            })),
          })),
        }
      },
    })

  return {
    listCountries: async () => listTreeCountries(await loadTree()),
    listRegions: async (countryId) => listTreeRegions(await loadTree(), countryId),
    listCities: async (countryId, regionId) => listTreeCities(await loadTree(), countryId, regionId),
    listCarriers: async (countryId, regionId, cityId) => listTreeCarriers(await loadTree(), countryId, regionId, cityId),
  }
}

function createPerLevelSource({ db, tenantId }: SourceInput): MobileTargetingSource {
  const cached = (cacheKey: string, load: (client: Awaited<ReturnType<typeof getTenantCatProxiesClient>>) => Promise<TargetingOption[]>) =>
    readThroughCache({
      db,
      tenantId,
      cacheKey: `mobile-targeting:${cacheKey}`,
      freshForMs: TARGETING_FRESH_FOR_MS,
      parse: (stored) => ZOptions.parse(stored),
      load: async () => (await load(await getTenantCatProxiesClient({ db, tenantId }))).map(toChoice),
    })

  return {
    listCountries: () => cached('countries', (client) => client.listMobileCountries()),
    listRegions: (countryId) => cached(`regions:${countryId}`, (client) => client.listMobileRegions({ countryId })),
    listCities: (countryId, regionId) => cached(`cities:${countryId}:${regionId}`, (client) => client.listMobileCities({ countryId, regionId })),
    listCarriers: (countryId, regionId, cityId) =>
      cached(`isps:${countryId}:${regionId ?? '*'}:${cityId ?? '*'}`, (client) =>
        client.listMobileIsps({ countryId, regionId: regionId ?? undefined, cityId: cityId ?? undefined })),
  }
}

// Checking parents first keeps unknown ids out of upstream calls and cache keys.
function withParentChecks(source: MobileTargetingSource): MobileTargetingSource {
  const requireOption = async (options: Promise<TargetingChoiceOption[]>, id: string, field: string, what: string) => {
    if (!(await options).some((option) => option.id === id)) throw invalidInput(field, `${what} ${id} is not offered for mobile targeting.`)
  }

  const listRegions = async (countryId: string) => {
    await requireOption(source.listCountries(), countryId, 'countryId', 'Country')
    return source.listRegions(countryId)
  }
  const listCities = async (countryId: string, regionId: string) => {
    await requireOption(listRegions(countryId), regionId, 'regionId', 'Region')
    return source.listCities(countryId, regionId)
  }

  return {
    listCountries: () => source.listCountries(),
    listRegions,
    listCities,
    async listCarriers(countryId, regionId, cityId) {
      if (cityId !== null && regionId === null) throw invalidInput('regionId', 'Choose a region before a city.')
      if (regionId === null) await requireOption(source.listCountries(), countryId, 'countryId', 'Country')
      else if (cityId === null) await requireOption(listRegions(countryId), regionId, 'regionId', 'Region')
      else await requireOption(listCities(countryId, regionId), cityId, 'cityId', 'City')

      return source.listCarriers(countryId, regionId, cityId)
    },
  }
}

function toChoice(option: TargetingOption): TargetingChoiceOption {
  return { id: option.id, name: option.name, code: option.code === null ? null : option.code.trim().toUpperCase() }
}
