import { z } from 'zod'

/**
 * Residential targeting as cached from `/gresi-targeting-options`. Every token is lower
 * case with no spaces, exactly as gateway usernames spell it.
 */
export const ZResidentialTargetingOptions = z.object({
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
  usStates: z.array(z.string()),
  /** City tokens per lower-case country code. */
  cities: z.record(z.string(), z.array(z.string())),
  /** City tokens per US state token. */
  usStateCities: z.record(z.string(), z.array(z.string())),
})

export type ResidentialTargetingOptions = z.infer<typeof ZResidentialTargetingOptions>

/** Cities to offer for a country and, in the US, an optional state. */
export function listResidentialCities(options: ResidentialTargetingOptions, countryCode: string | null, usState: string | null): string[] {
  if (countryCode === null) return []
  if (countryCode === 'us' && usState !== null) return options.usStateCities[usState] ?? []

  return options.cities[countryCode] ?? []
}
