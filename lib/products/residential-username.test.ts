import { describe, expect, it } from 'vitest'

import { buildResidentialUsername, type ResidentialTargeting } from '@/lib/products/residential-username'

const none: ResidentialTargeting = { countryCode: null, usState: null, city: null, session: null }

describe('buildResidentialUsername', () => {
  it.each<[string, ResidentialTargeting, string]>([
    ['rotating worldwide', none, 'ressbI9MCHlD-type-residential'],
    ['country lower-cased', { ...none, countryCode: 'US' }, 'ressbI9MCHlD-type-residential-country-us'],
    [
      'state and city as tokens',
      { ...none, countryCode: 'us', usState: 'New York', city: 'New York' },
      'ressbI9MCHlD-type-residential-country-us-state-newyork-city-newyork',
    ],
    ['city without state', { ...none, countryCode: 'de', city: 'munich' }, 'ressbI9MCHlD-type-residential-country-de-city-munich'],
    [
      'sticky session',
      { ...none, countryCode: 'gb', session: { id: 'ab12', lifetimeMinutes: 30 } },
      'ressbI9MCHlD-type-residential-country-gb-lifetime-30-session-ab12',
    ],
    ['lifetime lower bound', { ...none, session: { id: 'x', lifetimeMinutes: 15 } }, 'ressbI9MCHlD-type-residential-lifetime-15-session-x'],
    ['lifetime upper bound', { ...none, session: { id: 'x', lifetimeMinutes: 1440 } }, 'ressbI9MCHlD-type-residential-lifetime-1440-session-x'],
  ])('builds %s', (_name, targeting, expected) => {
    expect(buildResidentialUsername('ressbI9MCHlD', targeting)).toEqual({ isValid: true, value: expected })
  })

  it('uses the given type token', () => {
    expect(buildResidentialUsername('u', none, 'premium')).toEqual({ isValid: true, value: 'u-type-premium' })
  })

  it.each<[string, ResidentialTargeting, string]>([
    ['a state outside the US', { ...none, countryCode: 'de', usState: 'bavaria' }, 'usState'],
    ['a state without a country', { ...none, usState: 'texas' }, 'usState'],
    ['a city without a country', { ...none, city: 'paris' }, 'city'],
    ['a three-letter country', { ...none, countryCode: 'usa' }, 'countryCode'],
    ['a lifetime of 14 minutes', { ...none, session: { id: 'x', lifetimeMinutes: 14 } }, 'lifetimeMinutes'],
    ['a lifetime of 1441 minutes', { ...none, session: { id: 'x', lifetimeMinutes: 1441 } }, 'lifetimeMinutes'],
    ['a fractional lifetime', { ...none, session: { id: 'x', lifetimeMinutes: 20.5 } }, 'lifetimeMinutes'],
    ['a session id with a dash', { ...none, session: { id: 'a-b', lifetimeMinutes: 30 } }, 'sessionId'],
    ['an empty session id', { ...none, session: { id: '', lifetimeMinutes: 30 } }, 'sessionId'],
  ])('rejects %s', (_name, targeting, field) => {
    expect(buildResidentialUsername('u', targeting)).toMatchObject({ isValid: false, field })
  })
})
