import { describe, expect, it } from 'vitest'

import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { validateIspConfiguration } from '@/lib/products/validate-isp-configuration'

const retailPackage: RetailPackage = {
  packageId: 'pkg-1',
  title: 'Static ISP',
  description: null,
  proxyType: 'Isp',
  unitPriceMinor: 325,
  currency: 'USD',
  minQuantity: 5,
  maxQuantity: 50,
  locations: [
    { id: 1, name: 'United States', code: 'US' },
    { id: 7, name: 'Germany', code: 'DE' },
  ],
  ips: null,
  days: 30,
  bandwidthGb: null,
  speedMbps: null,
}

describe('validateIspConfiguration', () => {
  it('accepts a country and quantity in range', () => {
    expect(validateIspConfiguration(retailPackage, { countryId: 7, quantity: 5 })).toEqual({ isValid: true })
    expect(validateIspConfiguration(retailPackage, { countryId: 1, quantity: 50 })).toEqual({ isValid: true })
  })

  it('rejects a country the package does not offer', () => {
    const check = validateIspConfiguration(retailPackage, { countryId: 99, quantity: 5 })

    expect(check).toMatchObject({ isValid: false, field: 'countryId' })
    expect(check.isValid ? '' : check.message).toContain('United States, Germany')
  })

  it.each([4, 51, 0, -3])('rejects quantity %i outside 5–50', (quantity) => {
    const check = validateIspConfiguration(retailPackage, { countryId: 1, quantity })

    expect(check).toEqual({ isValid: false, field: 'quantity', message: 'Quantity must be between 5 and 50.' })
  })

  it('rejects a fractional quantity', () => {
    expect(validateIspConfiguration(retailPackage, { countryId: 1, quantity: 5.5 })).toMatchObject({ isValid: false, field: 'quantity' })
  })
})
