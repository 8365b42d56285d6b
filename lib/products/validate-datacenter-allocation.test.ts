import { describe, expect, it } from 'vitest'

import { validateDatacenterAllocation } from '@/lib/products/validate-datacenter-allocation'

const stock = [
  { code: 'US', name: 'United States', available: 2000 },
  { code: 'DE', name: 'Germany', available: 8 },
  { code: 'JP', name: 'Japan', available: 0 },
]

describe('validateDatacenterAllocation', () => {
  it('accepts counts that add up to the package', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { DE: 4, US: 6 }, stock })

    expect(result).toEqual({ isValid: true, value: { US: 6, DE: 4 } })
  })

  it('drops zero entries and upper-cases codes', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { us: 10, DE: 0, JP: 0 }, stock })

    expect(result).toEqual({ isValid: true, value: { US: 10 } })
  })

  it.each([
    [{ US: 6 }, 'Allocate exactly 10 IPs across countries; 6 are allocated.'],
    [{ US: 6, DE: 5 }, 'Allocate exactly 10 IPs across countries; 11 are allocated.'],
    [{}, 'Allocate exactly 10 IPs across countries; 0 are allocated.'],
  ])('rejects %j that does not add up', (countryProxies, message) => {
    expect(validateDatacenterAllocation({ packageIps: 10, countryProxies, stock })).toEqual({ isValid: false, field: 'countryProxies', message })
  })

  it('rejects a country above its stock', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { US: 1, DE: 9 }, stock })

    expect(result).toEqual({
      isValid: false,
      field: 'countryProxies.DE',
      message: 'Germany has 8 IPs in stock; allocate at most 8.',
    })
  })

  it('rejects an out-of-stock country', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { US: 9, JP: 1 }, stock })

    expect(result).toEqual({ isValid: false, field: 'countryProxies.JP', message: 'Japan is out of stock.' })
  })

  it('rejects a country with no datacenter offer', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { US: 9, BR: 1 }, stock })

    expect(result).toMatchObject({ isValid: false, field: 'countryProxies.BR' })
  })

  it('counts one country written in two cases against its stock once', () => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { de: 5, DE: 5 }, stock })

    expect(result).toMatchObject({ isValid: false, field: 'countryProxies.DE' })
  })

  it.each([1.5, -1])('rejects count %d', (count) => {
    const result = validateDatacenterAllocation({ packageIps: 10, countryProxies: { US: count }, stock })

    expect(result).toMatchObject({ isValid: false, field: 'countryProxies.US' })
  })

  it('rejects a package without an IP count', () => {
    expect(validateDatacenterAllocation({ packageIps: null, countryProxies: { US: 1 }, stock })).toMatchObject({ isValid: false, field: 'packageId' })
  })
})
