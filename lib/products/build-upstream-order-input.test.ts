import { describe, expect, it } from 'vitest'

import { buildCreateOrderRequest } from '@/lib/catproxies/adapter'
import { buildUpstreamOrderInput, type OrderForPlacement } from '@/lib/products/build-upstream-order-input'

const base: OrderForPlacement = { packageId: 'pkg-1', proxyType: 'Isp', quantity: 3, countryId: 7, configuration: {} }

describe('buildUpstreamOrderInput', () => {
  it.each<[string, Partial<OrderForPlacement>, Record<string, unknown>]>([
    ['ISP', {}, { packageId: 'pkg-1', ispData: { quantity: 3, countryId: 7 } }],
    ['dedicated ISP', { proxyType: 'IspP', countryId: null }, { packageId: 'pkg-1', ispData: { quantity: 3 } }],
    [
      'datacenter',
      { proxyType: 'DatacenterP', quantity: 1, countryId: null, configuration: { countryProxies: { US: 6, DE: 4 } } },
      { packageId: 'pkg-1', datacenterPData: { country_proxies: { US: 6, DE: 4 }, high_concurrency: false, high_priority: false, whitelisted_ips: false } },
    ],
    [
      'unlimited residential',
      { proxyType: 'UnlimitedResidential', quantity: 1, configuration: { gatewayServer: { id: '3', name: 'Frankfurt', host: null, country: 'DE' } } },
      { packageId: 'pkg-1', gateway_server: '3' },
    ],
    ['standard residential', { proxyType: 'gResidential', quantity: 1 }, { packageId: 'pkg-1' }],
    ['premium residential', { proxyType: 'resix', quantity: 1 }, { packageId: 'pkg-1' }],
    ['IPv6', { proxyType: 'Ipv6p', quantity: 1 }, { packageId: 'pkg-1' }],
    [
      'rotating mobile',
      { proxyType: 'RotatingMobile', quantity: 1, configuration: { targeting: { country: { id: '1', name: 'United States', code: 'US' }, region: null, city: null, carrier: null } } },
      { packageId: 'pkg-1' },
    ],
  ])('builds the %s order body', (_name, overrides, body) => {
    const input = buildUpstreamOrderInput({ ...base, ...overrides })

    expect(buildCreateOrderRequest(input).body).toEqual(body)
  })

  it('rejects a type the store does not sell', () => {
    expect(() => buildUpstreamOrderInput({ ...base, proxyType: 'Residential' })).toThrow('Orders of proxy type Residential cannot be placed')
  })

  it('rejects a configuration that does not fit the type', () => {
    expect(() => buildUpstreamOrderInput({ ...base, proxyType: 'DatacenterP', configuration: {} })).toThrow()
  })
})
