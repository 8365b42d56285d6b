import { describe, expect, it } from 'vitest'

import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { describePackage } from '@/lib/products/describe-package'

const base: RetailPackage = {
  packageId: 'pkg',
  title: 'Package',
  description: null,
  proxyType: 'Isp',
  unitPriceMinor: 325,
  currency: 'USD',
  minQuantity: 2,
  maxQuantity: 250,
  locations: [],
  ips: null,
  days: 30,
  bandwidthGb: null,
  speedMbps: 1000,
}

describe('describePackage', () => {
  it('describes a per-IP package', () => {
    const description = describePackage(base, ['United States'])

    expect(description.priceText).toBe('$3.25')
    expect(description.priceSuffix).toBe('per IP / 30 days')
    expect(description.fromPriceMinor).toBe(650)
    expect(description.facts).toEqual([
      { label: 'Quantity', value: '2–250 IPs per order' },
      { label: 'Duration', value: '30 days' },
      { label: 'Speed', value: 'Up to 1000 Mbps' },
      { label: 'Locations', value: 'United States' },
    ])
  })

  it('describes a traffic package', () => {
    const description = describePackage({ ...base, proxyType: 'gResidential', minQuantity: 1, maxQuantity: 1, days: null, bandwidthGb: 5, speedMbps: null })

    expect(description.priceSuffix).toBe('for 5 GB')
    expect(description.fromPriceMinor).toBe(325)
    expect(description.facts).toEqual([{ label: 'Traffic', value: '5 GB' }])
  })

  it('describes a datacenter package', () => {
    const description = describePackage({ ...base, proxyType: 'DatacenterP', minQuantity: 1, maxQuantity: 1, ips: 10, bandwidthGb: 0 })

    expect(description.priceSuffix).toBe('for 10 IPs / 30 days')
    expect(description.facts.map((fact) => fact.value)).toEqual(['10 IPs', '30 days', 'Unlimited', 'Up to 1000 Mbps'])
  })

  it('describes an unlimited package by its days', () => {
    const description = describePackage({ ...base, proxyType: 'UnlimitedResidential', minQuantity: 1, maxQuantity: 1, days: 1, bandwidthGb: 0 })

    expect(description.priceSuffix).toBe('for 1 day')
  })
})
