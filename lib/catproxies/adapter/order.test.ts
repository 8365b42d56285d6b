import { describe, expect, it } from 'vitest'

import { parseOrder, parseOrderProxies } from './order'
import { catchResponseError, wrapPayload } from './testing'

const ISP_ORDER = {
  id: 'ord-1',
  status: 'CONFIRMED',
  packageId: 'pkg-1',
  amount: 7.5,
  package_title: 'Static ISP - US',
  package_ips: 3,
  package_proxyType: 'Isp',
  createdAt: '2025-11-01T10:00:00.000Z',
  proxy: {
    username: 'user1',
    password: 'pass:with:colons',
    expired_at: '2025-12-01T10:00:00.000Z',
    whitelist_ip: ['192.0.2.10'],
    hostip: '198.51.100.1',
    port_http: 8080,
    ip_list: ['198.51.100.1', '198.51.100.2', '198.51.100.3'],
    proxy_id: 'px_1',
  },
}

describe('parseOrder', () => {
  it('reads the package_* field set under payload.order', () => {
    const order = parseOrder(wrapPayload({ order: ISP_ORDER }))

    expect(order).toMatchObject({
      orderId: 'ord-1',
      status: 'CONFIRMED',
      packageId: 'pkg-1',
      proxyType: 'Isp',
      title: 'Static ISP - US',
      quantity: 3,
      amountMinor: 750,
      whitelist: ['192.0.2.10'],
    })
    expect(order.expiresAt?.toISOString()).toBe('2025-12-01T10:00:00.000Z')
    expect(order.createdAt?.toISOString()).toBe('2025-11-01T10:00:00.000Z')
  })

  it('builds one proxy line per IP', () => {
    const { credentials } = parseOrder(wrapPayload({ order: ISP_ORDER }))

    expect(credentials.username).toBe('user1')
    expect(credentials.proxies).toHaveLength(3)
    expect(credentials.proxies[1]).toEqual({ host: '198.51.100.2', port: 8080, username: 'user1', password: 'pass:with:colons', protocol: null })
  })

  it('prefers proxyCredentials over proxy', () => {
    const order = {
      id: 'dc-1',
      proxyCredentials: { login: 'dc-user', pass: 'dc-pass', ips: ['203.0.113.5'], port: 1338, expiryDate: '2026-01-01T00:00:00Z' },
      proxy: { username: 'other', password: 'other' },
    }
    const parsed = parseOrder(wrapPayload({ order }))

    expect(parsed.credentials.username).toBe('dc-user')
    expect(parsed.credentials.proxies).toEqual([{ host: '203.0.113.5', port: 1338, username: 'dc-user', password: 'dc-pass', protocol: null }])
    expect(parsed.expiresAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('uses the gateway as the only line for residential orders', () => {
    const order = { id: 'r-1', package_proxyType: 'gResidential', proxy: { username: 'res1', password: 'p', host: 'resi-us.catproxies.com', port: 9000, bandwidth_left: '4.5' } }
    const parsed = parseOrder(wrapPayload({ order }))

    expect(parsed.credentials.proxies).toEqual([{ host: 'resi-us.catproxies.com', port: 9000, username: 'res1', password: 'p', protocol: null }])
    expect(parsed.bandwidthLeftGb).toBe(4.5)
    expect(parsed.expiresAt).toBeNull()
  })

  it('accepts an order directly under payload', () => {
    expect(parseOrder(wrapPayload({ orderId: 'x-1' })).orderId).toBe('x-1')
  })

  it('returns nulls and empty credentials for a bare id', () => {
    const order = parseOrder(wrapPayload({ order: { _id: 42 } }))

    expect(order).toMatchObject({ orderId: '42', status: null, quantity: null, expiresAt: null, credentials: { username: null, password: null, proxies: [] } })
  })

  it('keeps unknown fields, nested ones under their block', () => {
    const order = parseOrder(wrapPayload({ order: { ...ISP_ORDER, package_region: 'US' } }))

    expect(order.extra.package_region).toBe('US')
    expect(order.extra.proxy).toEqual({ proxy_id: 'px_1' })
  })

  it('keeps an unknown proxyType raw in extra', () => {
    const order = parseOrder(wrapPayload({ order: { id: 'o', package_proxyType: 'Teleport' } }))

    expect(order.proxyType).toBeNull()
    expect(order.extra.package_proxyType).toBe('Teleport')
  })

  it('names a bad expiry date', () => {
    const error = catchResponseError(() => parseOrder(wrapPayload({ order: { ...ISP_ORDER, proxy: { ...ISP_ORDER.proxy, expired_at: 'soon' } } })))

    expect(error.fieldPath).toBe('payload.order.proxy.expired_at')
  })

  it('names a missing order id', () => {
    const error = catchResponseError(() => parseOrder(wrapPayload({ order: { status: 'CONFIRMED' } })))

    expect(error.fieldPath).toBe('payload.order.id')
  })

  it('names a bad quantity', () => {
    const error = catchResponseError(() => parseOrder(wrapPayload({ order: { id: 'o', package_ips: 'three' } })))

    expect(error.fieldPath).toBe('payload.order.package_ips')
  })
})

describe('parseOrderProxies', () => {
  const defaults = { host: null, port: 8080, username: 'u', password: 'p' }

  it('parses object lines with fallback keys', () => {
    const lines = parseOrderProxies(wrapPayload({ proxies: [{ ip: '198.51.100.7', port_socks5: '1080', user: 'a', pass: 'b', protocol: 'socks5' }] }), defaults)

    expect(lines).toEqual([{ host: '198.51.100.7', port: 1080, username: 'a', password: 'b', protocol: 'socks5' }])
  })

  it('fills missing parts from the order defaults', () => {
    const lines = parseOrderProxies(wrapPayload(['198.51.100.8']), defaults)

    expect(lines).toEqual([{ host: '198.51.100.8', port: 8080, username: 'u', password: 'p', protocol: null }])
  })

  it('returns an empty list when no list is present', () => {
    expect(parseOrderProxies(wrapPayload({}), defaults)).toEqual([])
  })
})
