import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import { validateStickySession, type StickySession } from '@/lib/products/sticky-session'

export type MobileTargeting = {
  /** ISO alpha-2 code in any case; null for any country. */
  countryCode: string | null
  /** City name as the targeting lists spell it; needs a country. */
  city: string | null
  /** Null rotates the exit IP; a session keeps one IP for its lifetime. */
  session: StickySession | null
}

/**
 * Builds a Rotating Mobile gateway username:
 * `<base>[-country-<CC>][-city-<city>][-sid-<id>-ttl-<min>m]`. The country is upper case;
 * the city is lower case with spaces as "+" ("New York" → "new+york"), as the provider's
 * dashboard generator writes it. A failure names the field.
 * NOTE: the 15–1440 minute lifetime bound is documented for residential sessions and is
 * assumed to hold for mobile ones.
 */
export function buildMobileUsername(base: string, targeting: MobileTargeting): ConfigurationResult<string> {
  const parts = [base]
  const country = targeting.countryCode?.trim().toUpperCase() ?? null
  const city = targeting.city === null ? '' : toMobileCityToken(targeting.city)

  if (country !== null && country !== '') {
    if (!/^[A-Z]{2}$/.test(country)) return rejectField('countryCode', 'Country must be a two-letter code such as "US".')
    parts.push(`country-${country}`)
  }
  if (city !== '') {
    if (parts.length === 1) return rejectField('city', 'Choose a country before a city.')
    parts.push(`city-${city}`)
  }
  if (targeting.session !== null) {
    const check = validateStickySession(targeting.session)
    if (!check.isValid) return check
    parts.push(`sid-${check.value.id}-ttl-${check.value.lifetimeMinutes}m`)
  }

  return { isValid: true, value: parts.join('-') }
}

function toMobileCityToken(city: string): string {
  return city.trim().toLowerCase().replace(/\s+/g, '+').replace(/[^a-z0-9+]/g, '')
}
