import { describe, expect, it } from 'vitest'

import { CatProxiesInputError } from '../errors'
import type { CreateOrderInput } from '../types'
import { assertId, buildCreateOrderRequest } from './order-requests'

describe('buildCreateOrderRequest', () => {
  it('builds the documented ISP body', () => {
    const request = buildCreateOrderRequest({ packageId: 'pkg-1', isp: { quantity: 5, countryId: 1 } })

    expect(request).toEqual({ proxyType: 'Isp', body: { packageId: 'pkg-1', ispData: { quantity: 5, countryId: 1 } } })
  })

  it('omits ISP defaults left to upstream', () => {
    expect(buildCreateOrderRequest({ packageId: 'pkg-1', isp: {} }).body).toEqual({ packageId: 'pkg-1', ispData: {} })
  })

  it('builds the dedicated ISP body without a country', () => {
    expect(buildCreateOrderRequest({ packageId: 'p', dedicatedIsp: { quantity: 2 } }).body).toEqual({ packageId: 'p', ispData: { quantity: 2 } })
  })

  it('builds the datacenter body and drops zero counts', () => {
    const request = buildCreateOrderRequest({ packageId: 'p', datacenter: { countryProxies: { US: 60, DE: 40, FR: 0 }, highPriority: true } })

    expect(request.body).toEqual({
      packageId: 'p',
      datacenterPData: { country_proxies: { US: 60, DE: 40 }, high_concurrency: false, high_priority: true, whitelisted_ips: false },
    })
  })

  it('puts gateway_server at the top level', () => {
    expect(buildCreateOrderRequest({ packageId: 'p', unlimitedResidential: { gatewayServerId: 3 } }).body).toEqual({ packageId: 'p', gateway_server: 3 })
  })

  it('sends packageId alone for bandwidth products', () => {
    expect(buildCreateOrderRequest({ packageId: 'p', proxyType: 'RotatingMobile' })).toEqual({ proxyType: 'RotatingMobile', body: { packageId: 'p' } })
  })

  it.each<[string, CreateOrderInput, string]>([
    ['zero quantity', { packageId: 'p', isp: { quantity: 0 } }, 'isp.quantity'],
    ['fractional quantity', { packageId: 'p', isp: { quantity: 1.5 } }, 'isp.quantity'],
    ['lower-case country', { packageId: 'p', datacenter: { countryProxies: { us: 1 } } }, 'datacenter.countryProxies.us'],
    ['negative count', { packageId: 'p', datacenter: { countryProxies: { US: -1 } } }, 'datacenter.countryProxies.US'],
    ['empty allocation', { packageId: 'p', datacenter: { countryProxies: { US: 0 } } }, 'datacenter.countryProxies'],
    ['path-like package id', { packageId: '../account', proxyType: 'resix' }, 'packageId'],
    ['unknown plain type', { packageId: 'p', proxyType: 'Isp' as 'resix' }, 'proxyType'],
  ])('rejects %s', (_name, input, field) => {
    expect(() => buildCreateOrderRequest(input)).toThrow(CatProxiesInputError)
    expect(() => buildCreateOrderRequest(input)).toThrow(field)
  })
})

describe('assertId', () => {
  it('accepts UUIDs and rejects dot segments', () => {
    expect(assertId('5f0c1a2b-0000-4000-8000-000000000001', 'orderId')).toBe('5f0c1a2b-0000-4000-8000-000000000001')
    expect(() => assertId('..', 'orderId')).toThrow(CatProxiesInputError)
    expect(() => assertId('', 'orderId')).toThrow(CatProxiesInputError)
    expect(() => assertId('a/b', 'orderId')).toThrow(CatProxiesInputError)
  })
})
