import { z } from 'zod'

/** One choice in a mobile targeting list. Ids are upstream's, passed back as strings. */
export const ZTargetingChoiceOption = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO alpha-2 code for countries; null for regions, cities and carriers. */
  code: z.string().nullable(),
})

export type TargetingChoiceOption = z.infer<typeof ZTargetingChoiceOption>

const ZCity = ZTargetingChoiceOption.extend({ carriers: z.array(ZTargetingChoiceOption) })
const ZRegion = ZTargetingChoiceOption.extend({ cities: z.array(ZCity) })
const ZCountry = ZTargetingChoiceOption.extend({ carriers: z.array(ZTargetingChoiceOption), regions: z.array(ZRegion) })

/** Every Rotating Mobile country with its regions, cities and carriers, as cached from the offline snapshot. */
export const ZMobileTargetingTree = z.object({
  countries: z.array(ZCountry),
  /** ISO 8601 time the snapshot was generated upstream, or null when the snapshot omits it. */
  generatedAt: z.string().nullable(),
})

export type MobileTargetingTree = z.infer<typeof ZMobileTargetingTree>

const toOption = ({ id, name, code }: TargetingChoiceOption): TargetingChoiceOption => ({ id, name, code })

export function listTreeCountries(tree: MobileTargetingTree): TargetingChoiceOption[] {
  return tree.countries.map(toOption)
}

/** Regions of a country; empty when the country is unknown. */
export function listTreeRegions(tree: MobileTargetingTree, countryId: string): TargetingChoiceOption[] {
  return findCountry(tree, countryId)?.regions.map(toOption) ?? []
}

/** Cities of a region, or of the whole country when `regionId` is null. */
export function listTreeCities(tree: MobileTargetingTree, countryId: string, regionId: string | null): TargetingChoiceOption[] {
  const country = findCountry(tree, countryId)
  if (!country) return []
  const regions = regionId === null ? country.regions : country.regions.filter((region) => region.id === regionId)

  return regions.flatMap((region) => region.cities.map(toOption))
}

/**
 * Carriers of a city; of every city in a region when `cityId` is null; and of the whole
 * country when both are null. Each carrier is listed once.
 */
export function listTreeCarriers(tree: MobileTargetingTree, countryId: string, regionId: string | null, cityId: string | null): TargetingChoiceOption[] {
  const country = findCountry(tree, countryId)
  if (!country) return []
  if (regionId === null && cityId === null && country.carriers.length > 0) return country.carriers.map(toOption)

  const regions = regionId === null ? country.regions : country.regions.filter((region) => region.id === regionId)
  const cities = regions.flatMap((region) => region.cities).filter((city) => cityId === null || city.id === cityId)
  const byId = new Map<string, TargetingChoiceOption>()
  for (const carrier of cities.flatMap((city) => city.carriers)) byId.set(carrier.id, toOption(carrier))

  return [...byId.values()]
}

function findCountry(tree: MobileTargetingTree, countryId: string) {
  return tree.countries.find((country) => country.id === countryId)
}
