import { describe, expect, it } from 'vitest'

import { parseMobileTargetingSnapshot, parseResidentialTargeting, parseTargetingList } from './targeting'
import { catchResponseError, wrapPayload } from './testing'

describe('parseResidentialTargeting', () => {
  it('reads countries, states and city tokens', () => {
    const targeting = parseResidentialTargeting(
      wrapPayload({ countries: [{ code: 'US', name: 'United States' }, 'de'], us_states: ['texas'], cities: { us: ['houston'] }, us_state_cities: { texas: ['houston'] }, version: 2 }),
    )

    expect(targeting).toEqual({
      countries: [{ code: 'us', name: 'United States' }, { code: 'de', name: null }],
      usStates: ['texas'],
      cities: { us: ['houston'] },
      usStateCities: { texas: ['houston'] },
      extra: { version: 2 },
    })
  })

  it('names a bad city map', () => {
    expect(catchResponseError(() => parseResidentialTargeting(wrapPayload({ cities: { us: 'houston' } }))).fieldPath).toBe('payload.cities.us')
  })
})

describe('parseTargetingList', () => {
  it('reads id and name items under the list key', () => {
    const regions = parseTargetingList(wrapPayload({ regions: [{ id: 11, name: 'California', population: 1 }] }), 'regions')

    expect(regions).toEqual([{ id: '11', name: 'California', code: null, extra: { population: 1 } }])
  })

  it('names an item without a name', () => {
    expect(catchResponseError(() => parseTargetingList(wrapPayload({ isps: [{ id: 1 }] }), 'isps')).fieldPath).toBe('payload.isps[0].name')
  })
})

describe('parseMobileTargetingSnapshot', () => {
  const snapshot = {
    generatedAt: '2025-06-01T00:00:00.000Z',
    countries: [{ id: 1, name: 'United States', code: 'US', isps: [{ id: 101, name: 'T-Mobile' }], regions: [{ id: 11, name: 'California', cities: [{ id: 111, name: 'Los Angeles', isps: [{ id: 101, name: 'T-Mobile' }] }] }] }],
  }

  it('reads the nested tree', () => {
    const parsed = parseMobileTargetingSnapshot(snapshot)

    expect(parsed.generatedAt).toEqual(new Date('2025-06-01T00:00:00.000Z'))
    expect(parsed.countries[0]?.regions[0]?.cities[0]?.isps[0]?.name).toBe('T-Mobile')
    expect(parsed.countries[0]?.extra).toEqual({})
  })

  it('names a bad nested field', () => {
    const broken = structuredClone(snapshot)
    const city = broken.countries[0]?.regions[0]?.cities[0] as Record<string, unknown>
    delete city.name

    expect(catchResponseError(() => parseMobileTargetingSnapshot(broken)).fieldPath).toBe('(snapshot).countries[0].regions[0].cities[0].name')
  })
})
