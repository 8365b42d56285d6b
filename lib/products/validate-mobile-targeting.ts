import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { MobileTargetingChoice } from '@/lib/products/configuration-schema'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'

/** The targeting stored on a mobile order, with names so pages need no lookup. */
export type ResolvedMobileTargeting = {
  country: TargetingChoiceOption | null
  region: TargetingChoiceOption | null
  city: TargetingChoiceOption | null
  carrier: TargetingChoiceOption | null
}

/** The options offered at each level for the customer's choice; null where the level above is unset. */
export type MobileTargetingLists = {
  countries: TargetingChoiceOption[]
  regions: TargetingChoiceOption[] | null
  cities: TargetingChoiceOption[] | null
  carriers: TargetingChoiceOption[] | null
}

/**
 * Checks a Rotating Mobile targeting choice. Levels cascade (country → region → city),
 * and a carrier needs at least a country. Every chosen id must be in the list offered
 * for the levels above it. Returns the choice with names filled in.
 */
export function validateMobileTargeting(choice: MobileTargetingChoice, lists: MobileTargetingLists): ConfigurationResult<ResolvedMobileTargeting> {
  const { countryId, regionId, cityId, carrierId } = choice
  if (regionId !== null && countryId === null) return rejectField('targeting.regionId', 'Choose a country before a region.')
  if (cityId !== null && regionId === null) return rejectField('targeting.cityId', 'Choose a region before a city.')
  if (carrierId !== null && countryId === null) return rejectField('targeting.carrierId', 'Choose a country before a carrier.')

  const country = pick(lists.countries, countryId)
  if (countryId !== null && !country) {
    return rejectField('targeting.countryId', 'Mobile proxies are not offered in this country. Choose one from the list.')
  }
  const where = country?.name ?? 'this country'

  const region = pick(lists.regions ?? [], regionId)
  if (regionId !== null && !region) return rejectField('targeting.regionId', `This region is not offered in ${where}. Choose one from the list.`)

  const city = pick(lists.cities ?? [], cityId)
  if (cityId !== null && !city) return rejectField('targeting.cityId', `This city is not offered in ${region?.name ?? where}. Choose one from the list.`)

  const carrier = pick(lists.carriers ?? [], carrierId)
  if (carrierId !== null && !carrier) {
    return rejectField('targeting.carrierId', `This carrier is not offered in ${city?.name ?? region?.name ?? where}. Choose one from the list.`)
  }

  return { isValid: true, value: { country, region, city, carrier } }
}

function pick(options: TargetingChoiceOption[], id: string | null): TargetingChoiceOption | null {
  if (id === null) return null

  return options.find((option) => option.id === id) ?? null
}
