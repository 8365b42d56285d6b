import { describe, expect, it } from 'vitest'

import type { MobileTargetingChoice } from '@/lib/products/configuration-schema'
import { listTreeCarriers, listTreeCities, listTreeRegions, type MobileTargetingTree } from '@/lib/products/mobile-targeting-tree'
import { validateMobileTargeting, type MobileTargetingLists } from '@/lib/products/validate-mobile-targeting'

const tmobile = { id: '101', name: 'T-Mobile', code: null }
const verizon = { id: '102', name: 'Verizon', code: null }
const tree: MobileTargetingTree = {
  generatedAt: null,
  countries: [
    {
      id: '1',
      name: 'United States',
      code: 'US',
      carriers: [tmobile, verizon],
      regions: [
        { id: '11', name: 'California', code: null, cities: [{ id: '111', name: 'Los Angeles', code: null, carriers: [tmobile, verizon] }] },
        { id: '13', name: 'Texas', code: null, cities: [{ id: '132', name: 'Dallas', code: null, carriers: [tmobile] }] },
      ],
    },
  ],
}

function listsFor(choice: MobileTargetingChoice): MobileTargetingLists {
  const { countryId, regionId, cityId } = choice

  return {
    countries: tree.countries.map(({ id, name, code }) => ({ id, name, code })),
    regions: countryId === null ? null : listTreeRegions(tree, countryId),
    cities: countryId === null || regionId === null ? null : listTreeCities(tree, countryId, regionId),
    carriers: countryId === null ? null : listTreeCarriers(tree, countryId, regionId, cityId),
  }
}

const any: MobileTargetingChoice = { countryId: null, regionId: null, cityId: null, carrierId: null }

describe('validateMobileTargeting', () => {
  it('accepts no targeting', () => {
    expect(validateMobileTargeting(any, listsFor(any))).toEqual({ isValid: true, value: { country: null, region: null, city: null, carrier: null } })
  })

  it('resolves a full path with names', () => {
    const choice = { countryId: '1', regionId: '13', cityId: '132', carrierId: '101' }
    const result = validateMobileTargeting(choice, listsFor(choice))

    expect(result).toMatchObject({ isValid: true, value: { country: { code: 'US' }, region: { name: 'Texas' }, city: { name: 'Dallas' }, carrier: { name: 'T-Mobile' } } })
  })

  it.each<[string, MobileTargetingChoice, string]>([
    ['an unknown country', { ...any, countryId: '9' }, 'targeting.countryId'],
    ['a region without a country', { ...any, regionId: '11' }, 'targeting.regionId'],
    ['a city without a region', { ...any, countryId: '1', cityId: '111' }, 'targeting.cityId'],
    ['a carrier without a country', { ...any, carrierId: '101' }, 'targeting.carrierId'],
    ['an unknown region', { ...any, countryId: '1', regionId: '99' }, 'targeting.regionId'],
    ['a city of another region', { ...any, countryId: '1', regionId: '11', cityId: '132' }, 'targeting.cityId'],
    ['a carrier missing from the city', { countryId: '1', regionId: '13', cityId: '132', carrierId: '102' }, 'targeting.carrierId'],
  ])('rejects %s', (_name, choice, field) => {
    expect(validateMobileTargeting(choice, listsFor(choice))).toMatchObject({ isValid: false, field })
  })
})

describe('mobile targeting tree', () => {
  it('lists country carriers when nothing narrower is chosen', () => {
    expect(listTreeCarriers(tree, '1', null, null)).toEqual([tmobile, verizon])
  })

  it('lists region carriers once each', () => {
    expect(listTreeCarriers(tree, '1', '13', null)).toEqual([tmobile])
  })

  it('lists all cities of a country without a region', () => {
    expect(listTreeCities(tree, '1', null).map((city) => city.name)).toEqual(['Los Angeles', 'Dallas'])
  })

  it('returns nothing for an unknown country', () => {
    expect(listTreeRegions(tree, '404')).toEqual([])
  })
})
