import { describe, expect, it } from 'vitest'

import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { filterCatalogue, listCatalogueCountries, parseCatalogueFilters, type CatalogueFamily } from '@/lib/products/catalogue-filters'
import { getProductFamily } from '@/lib/products/product-families'

function retailPackage(overrides: Partial<RetailPackage>): RetailPackage {
  return {
    packageId: 'pkg',
    title: 'Package',
    description: null,
    proxyType: 'Isp',
    unitPriceMinor: 300,
    currency: 'USD',
    minQuantity: 1,
    maxQuantity: 100,
    locations: [],
    ips: null,
    days: 30,
    bandwidthGb: null,
    speedMbps: null,
    ...overrides,
  }
}

const catalogue: CatalogueFamily[] = [
  {
    family: getProductFamily('Isp'),
    isUnavailable: false,
    entries: [
      { retailPackage: retailPackage({ packageId: 'isp-de', unitPriceMinor: 300, minQuantity: 5 }), countries: [{ code: 'DE', name: 'Germany' }] },
      { retailPackage: retailPackage({ packageId: 'isp-us', unitPriceMinor: 250 }), countries: [{ code: 'US', name: 'United States' }] },
    ],
  },
  {
    family: getProductFamily('Ipv6p'),
    isUnavailable: false,
    entries: [{ retailPackage: retailPackage({ packageId: 'v6', proxyType: 'Ipv6p', unitPriceMinor: 1560 }), countries: null }],
  },
]

const ids = (families: CatalogueFamily[]) => families.flatMap((group) => group.entries.map((entry) => entry.retailPackage.packageId))

describe('parseCatalogueFilters', () => {
  it('reads every filter', () => {
    const parsed = parseCatalogueFilters({ type: 'DatacenterP', country: 'de', minPrice: '5', maxPrice: '$10.50' })

    expect(parsed).toEqual({ filters: { proxyType: 'DatacenterP', country: 'DE', minPriceMinor: 500, maxPriceMinor: 1050 }, errors: {} })
  })

  it('reports unreadable values and leaves them out', () => {
    const parsed = parseCatalogueFilters({ type: 'Residential', country: 'Germany', minPrice: 'ten', maxPrice: '-1' })

    expect(parsed.filters).toEqual({ proxyType: null, country: null, minPriceMinor: null, maxPriceMinor: null })
    expect(Object.keys(parsed.errors).sort()).toEqual(['country', 'maxPrice', 'minPrice', 'type'])
  })

  it('rejects a maximum below the minimum', () => {
    expect(parseCatalogueFilters({ minPrice: '10', maxPrice: '5' }).errors.maxPrice).toBe('The maximum price must not be below the minimum price.')
  })
})

describe('filterCatalogue', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterCatalogue(catalogue, parseCatalogueFilters({}).filters))).toEqual(['isp-de', 'isp-us', 'v6'])
  })

  it('filters by type', () => {
    const result = filterCatalogue(catalogue, parseCatalogueFilters({ type: 'Ipv6p' }).filters)

    expect(result.map((group) => group.family.proxyType)).toEqual(['Ipv6p'])
  })

  it('drops packages of unknown location for a country filter', () => {
    expect(ids(filterCatalogue(catalogue, parseCatalogueFilters({ country: 'DE' }).filters))).toEqual(['isp-de'])
  })

  it('compares the smallest order price', () => {
    // isp-de costs at least 5 × $3.00 = $15.00, isp-us $2.50, v6 $15.60.
    expect(ids(filterCatalogue(catalogue, parseCatalogueFilters({ maxPrice: '15' }).filters))).toEqual(['isp-de', 'isp-us'])
    expect(ids(filterCatalogue(catalogue, parseCatalogueFilters({ minPrice: '15.01' }).filters))).toEqual(['v6'])
  })
})

describe('listCatalogueCountries', () => {
  it('lists each country once by name', () => {
    expect(listCatalogueCountries(catalogue)).toEqual([
      { code: 'DE', name: 'Germany' },
      { code: 'US', name: 'United States' },
    ])
  })
})
