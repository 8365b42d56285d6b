import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import { toGatewayToken, validateStickySession, type StickySession } from '@/lib/products/sticky-session'

export type ResidentialTargeting = {
  /** ISO alpha-2 code in any case; null for any country. */
  countryCode: string | null
  /** US state token or name; allowed only with country "us". */
  usState: string | null
  city: string | null
  /** Null rotates the exit IP on every request. */
  session: StickySession | null
}

/**
 * Builds a residential gateway username:
 * `<base>-type-<usernameType>[-country-<cc>][-state-<state>][-city-<city>][-lifetime-<min>-session-<id>]`.
 * Country, state and city are lower-case tokens of letters and digits. A state needs the
 * country "us", a city needs a country, and a sticky session needs a lifetime of 15 to
 * 1440 minutes. A failure names the field (countryCode, usState, city, sessionId or
 * lifetimeMinutes).
 */
export function buildResidentialUsername(base: string, targeting: ResidentialTargeting, usernameType = 'residential'): ConfigurationResult<string> {
  const parts = [`${base}-type-${usernameType}`]
  const country = targeting.countryCode === null ? null : toGatewayToken(targeting.countryCode)
  const state = targeting.usState === null ? null : toGatewayToken(targeting.usState)
  const city = targeting.city === null ? null : toGatewayToken(targeting.city)

  if (country !== null) {
    if (!/^[a-z]{2}$/.test(country)) return rejectField('countryCode', 'Country must be a two-letter code such as "us".')
    parts.push(`country-${country}`)
  }
  if (state) {
    if (country !== 'us') return rejectField('usState', 'A state can be chosen only for the United States.')
    parts.push(`state-${state}`)
  }
  if (city) {
    if (country === null) return rejectField('city', 'Choose a country before a city.')
    parts.push(`city-${city}`)
  }
  if (targeting.session !== null) {
    const check = validateStickySession(targeting.session)
    if (!check.isValid) return check
    parts.push(`lifetime-${check.value.lifetimeMinutes}-session-${check.value.id}`)
  }

  return { isValid: true, value: parts.join('-') }
}
