import { describe, expect, it } from 'vitest'

import { buildMobileUsername, type MobileTargeting } from '@/lib/products/mobile-username'

const none: MobileTargeting = { countryCode: null, city: null, session: null }

describe('buildMobileUsername', () => {
  it.each<[string, MobileTargeting, string]>([
    ['rotating worldwide', none, 'm_b49fe9c4ff'],
    ['country upper-cased', { ...none, countryCode: 'us' }, 'm_b49fe9c4ff-country-US'],
    ['city with spaces', { ...none, countryCode: 'US', city: 'New York City' }, 'm_b49fe9c4ff-country-US-city-new+york+city'],
    ['sticky session', { ...none, countryCode: 'US', session: { id: 'ab12', lifetimeMinutes: 30 } }, 'm_b49fe9c4ff-country-US-sid-ab12-ttl-30m'],
  ])('builds %s', (_name, targeting, expected) => {
    expect(buildMobileUsername('m_b49fe9c4ff', targeting)).toEqual({ isValid: true, value: expected })
  })

  it.each<[string, MobileTargeting, string]>([
    ['a city without a country', { ...none, city: 'Rome' }, 'city'],
    ['a bad country code', { ...none, countryCode: 'U1' }, 'countryCode'],
    ['a lifetime below 15 minutes', { ...none, session: { id: 'a', lifetimeMinutes: 5 } }, 'lifetimeMinutes'],
  ])('rejects %s', (_name, targeting, field) => {
    expect(buildMobileUsername('m', targeting)).toMatchObject({ isValid: false, field })
  })
})
