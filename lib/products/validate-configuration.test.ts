import { describe, expect, it } from 'vitest'

import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { quoteConfiguration } from '@/lib/products/quote-configuration'
import { validateConfiguration } from '@/lib/products/validate-configuration'

const isp: RetailPackage = {
  packageId: 'isp',
  title: 'Static ISP',
  description: null,
  proxyType: 'Isp',
  unitPriceMinor: 325,
  currency: 'USD',
  minQuantity: 1,
  maxQuantity: 50,
  locations: [{ id: 3, name: 'Germany', code: 'DE' }],
  ips: null,
  days: 30,
  bandwidthGb: null,
  speedMbps: null,
}
const datacenter: RetailPackage = { ...isp, packageId: 'dc', proxyType: 'DatacenterP', unitPriceMinor: 845, maxQuantity: 1, locations: [], ips: 10 }
const unlimited: RetailPackage = { ...isp, packageId: 'un', proxyType: 'UnlimitedResidential', unitPriceMinor: 1299, maxQuantity: 1, locations: [] }
const stock = [
  { code: 'US', name: 'United States', available: 100 },
  { code: 'DE', name: 'Germany', available: 100 },
]

describe('validateConfiguration', () => {
  it('accepts an ISP configuration with its country', () => {
    const result = validateConfiguration({ retailPackage: isp, configuration: { proxyType: 'Isp', countryId: 3, quantity: 2 }, context: {} })

    expect(result).toEqual({ isValid: true, value: { stored: { proxyType: 'Isp' }, countryId: 3, countryName: 'Germany' } })
  })

  it('stores a datacenter allocation with its country names', () => {
    const result = validateConfiguration({ retailPackage: datacenter, configuration: { proxyType: 'DatacenterP', countryProxies: { DE: 4, US: 6 } }, context: { datacenterStock: stock } })

    expect(result).toEqual({
      isValid: true,
      value: { stored: { proxyType: 'DatacenterP', countryProxies: { US: 6, DE: 4 } }, countryId: null, countryName: 'United States, Germany' },
    })
  })

  it('stores the chosen gateway server', () => {
    const server = { id: '3', name: 'Frankfurt', host: 'unlimited-de.catproxies.com', country: 'DE' }
    const result = validateConfiguration({ retailPackage: unlimited, configuration: { proxyType: 'UnlimitedResidential', gatewayServerId: '3' }, context: { gatewayServers: [server] } })

    expect(result).toMatchObject({ isValid: true, value: { stored: { gatewayServer: server } } })
  })

  it('rejects a configuration of another type', () => {
    const result = validateConfiguration({ retailPackage: isp, configuration: { proxyType: 'IspP', quantity: 1 }, context: {} })

    expect(result).toMatchObject({ isValid: false, field: 'proxyType' })
  })

  it('throws when the context lacks the stock', () => {
    expect(() => validateConfiguration({ retailPackage: datacenter, configuration: { proxyType: 'DatacenterP', countryProxies: { US: 10 } }, context: {} })).toThrow(
      'validateConfiguration needs context.datacenterStock',
    )
  })
})

describe('quoteConfiguration', () => {
  it('multiplies a per-IP price by the quantity', () => {
    const quote = quoteConfiguration({ retailPackage: isp, configuration: { proxyType: 'Isp', countryId: 3, quantity: 4 }, resellerPriceMinor: 250 })

    expect(quote).toEqual({
      pricingUnit: 'ip',
      quantity: 4,
      unitPriceMinor: 325,
      totalMinor: 1300,
      currency: 'USD',
      upstreamUnitCostMinor: 250,
      upstreamCostMinor: 1000,
    })
  })

  it('charges a package once', () => {
    const quote = quoteConfiguration({ retailPackage: datacenter, configuration: { proxyType: 'DatacenterP', countryProxies: { US: 10 } }, resellerPriceMinor: 650 })

    expect(quote).toMatchObject({ pricingUnit: 'package', quantity: 1, totalMinor: 845, upstreamCostMinor: 650 })
  })

  it('leaves the upstream cost out for the browser', () => {
    const quote = quoteConfiguration({ retailPackage: unlimited, configuration: { proxyType: 'UnlimitedResidential', gatewayServerId: '1' } })

    expect(quote.upstreamCostMinor).toBeNull()
  })
})
