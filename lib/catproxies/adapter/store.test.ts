import { describe, expect, it } from 'vitest'

import { parseSuccessEnvelope } from './envelope'
import { parseStorePage } from './store'
import { catchResponseError } from './testing'

function storeReply(products: unknown[], pagination: unknown = { totalPages: 1 }) {
  return parseSuccessEnvelope({ type: 'response', message: 'Success', payload: { products }, pagination })
}

const ISP_PRODUCT = {
  packageId: 'pkg-1',
  title: 'Static ISP - US',
  proxyType: 'Isp',
  resellerPrice: '2.5',
  minQty: 1,
  maxQty: 250,
  locations: [{ id: 1, name: 'United States', code: 'US' }],
}

describe('parseStorePage', () => {
  it('parses a string price into cents', () => {
    const page = parseStorePage(storeReply([ISP_PRODUCT]), null)

    expect(page.packages[0]?.resellerPriceMinor).toBe(250)
    expect(page.packages[0]?.locations).toEqual([{ id: 1, name: 'United States', code: 'US' }])
  })

  it('parses number prices without float error', () => {
    const page = parseStorePage(storeReply([{ ...ISP_PRODUCT, resellerPrice: 0.1 }, { ...ISP_PRODUCT, packageId: 'b', resellerPrice: 19.99 }]), null)

    expect(page.packages.map((item) => item.resellerPriceMinor)).toEqual([10, 1999])
  })

  it('accepts numeric strings for quantities', () => {
    const page = parseStorePage(storeReply([{ ...ISP_PRODUCT, minQty: '5', maxQty: '10' }]), null)

    expect(page.packages[0]?.minQty).toBe(5)
    expect(page.packages[0]?.maxQty).toBe(10)
  })

  it('falls back to id and _id for the package id', () => {
    const { packageId: _unused, ...withoutPackageId } = ISP_PRODUCT
    const page = parseStorePage(storeReply([{ ...withoutPackageId, id: 7 }, { ...withoutPackageId, _id: 'abc' }]), null)

    expect(page.packages.map((item) => item.packageId)).toEqual(['7', 'abc'])
  })

  it('keeps unknown fields in extra', () => {
    const page = parseStorePage(storeReply([{ ...ISP_PRODUCT, region: 'us', provider: 'x', newField: { a: 1 } }]), null)

    expect(page.packages[0]?.extra).toEqual({ region: 'us', provider: 'x', newField: { a: 1 } })
  })

  it('reads the optional product fields', () => {
    const product = { packageId: 'v6', proxyType: 'Ipv6p', resellerPrice: 12, ips: 1, days: 30, bandwidth: '0', speed: 100, hidden: true }
    const item = parseStorePage(storeReply([product]), null).packages[0]

    expect(item).toMatchObject({ ips: 1, days: 30, bandwidthGb: 0, speedMbps: 100, hidden: true, minQty: null, locations: [] })
    expect(item?.title).toBe('v6')
  })

  it('normalises proxyType case', () => {
    const page = parseStorePage(storeReply([{ ...ISP_PRODUCT, proxyType: 'ISP' }, { ...ISP_PRODUCT, packageId: 'b', proxyType: 'IPv6p' }]), null)

    expect(page.packages.map((item) => item.proxyType)).toEqual(['Isp', 'Ipv6p'])
  })

  it('uses the requested type when proxyType is missing', () => {
    const { proxyType: _unused, ...withoutType } = ISP_PRODUCT
    const page = parseStorePage(storeReply([withoutType]), 'Isp')

    expect(page.packages[0]?.proxyType).toBe('Isp')
  })

  it('skips an unknown proxyType and reports it', () => {
    const page = parseStorePage(storeReply([ISP_PRODUCT, { ...ISP_PRODUCT, packageId: 'new', proxyType: 'QuantumProxy' }]), null)

    expect(page.packages).toHaveLength(1)
    expect(page.skipped).toEqual([{ path: 'payload.products[1]', packageId: 'new', reason: 'unknown proxyType "QuantumProxy"' }])
    expect(page.productCount).toBe(2)
  })

  it('reads totalPages from pagination', () => {
    expect(parseStorePage(storeReply([ISP_PRODUCT], { totalPages: '3' }), null).totalPages).toBe(3)
    expect(parseStorePage(storeReply([ISP_PRODUCT], {}), null).totalPages).toBeNull()
  })

  it('accepts a bare product array as payload', () => {
    const envelope = parseSuccessEnvelope({ type: 'response', payload: [ISP_PRODUCT] })

    expect(parseStorePage(envelope, null).packages).toHaveLength(1)
  })

  it('names the field of a bad price', () => {
    const error = catchResponseError(() => parseStorePage(storeReply([ISP_PRODUCT, { ...ISP_PRODUCT, resellerPrice: 'free' }]), null))

    expect(error.fieldPath).toBe('payload.products[1].resellerPrice')
    expect(error.message).toContain('payload.products[1].resellerPrice')
  })

  it('rejects a negative price', () => {
    const error = catchResponseError(() => parseStorePage(storeReply([{ ...ISP_PRODUCT, resellerPrice: -1 }]), null))

    expect(error.fieldPath).toBe('payload.products[0].resellerPrice')
  })

  it('names a missing package id', () => {
    const error = catchResponseError(() => parseStorePage(storeReply([{ title: 'x', resellerPrice: 1, proxyType: 'Isp' }]), null))

    expect(error.fieldPath).toBe('payload.products[0].packageId')
  })

  it('names a bad location id', () => {
    const error = catchResponseError(() => parseStorePage(storeReply([{ ...ISP_PRODUCT, locations: [{ id: 'us' }] }]), null))

    expect(error.fieldPath).toBe('payload.products[0].locations[0].id')
  })

  it('names a missing product list', () => {
    const error = catchResponseError(() => parseStorePage(parseSuccessEnvelope({ type: 'response', payload: {} }), null))

    expect(error.fieldPath).toBe('payload.products')
  })
})
