import { describe, expect, it } from 'vitest'

import {
  parseExtendOptions,
  parseOrderPage,
  parsePasswordReset,
  parseUnlimitedMetrics,
  parseUsageStats,
  parseWhitelist,
} from './order-management'
import { catchResponseError, wrapPayload } from './testing'

describe('parseOrderPage', () => {
  it('reads orders and paging', () => {
    const page = parseOrderPage(wrapPayload({ orders: [{ id: 'a', status: 'CONFIRMED' }, { id: 'b' }] }, { page: 2, totalPages: 4 }), 2)

    expect(page.orders.map((order) => order.orderId)).toEqual(['a', 'b'])
    expect(page).toMatchObject({ page: 2, totalPages: 4 })
  })

  it('names the bad order in the list', () => {
    expect(catchResponseError(() => parseOrderPage(wrapPayload({ orders: [{ id: 'a' }, {}] }), 1)).fieldPath).toBe('payload.orders[1].id')
  })
})

describe('parseExtendOptions', () => {
  it('reads a days extension with its price', () => {
    const options = parseExtendOptions(wrapPayload({ extendType: 'days', price: '7.50', options: [{ packageId: 'p', title: 'ISP', price: '7.50', days: 30 }] }))

    expect(options).toMatchObject({ extendType: 'days', priceMinor: 750 })
    expect(options.options[0]).toMatchObject({ packageId: 'p', priceMinor: 750, days: 30, bandwidthGb: null })
  })

  it('reads bandwidth options', () => {
    const options = parseExtendOptions(wrapPayload({ extendType: 'bandwidth', options: [{ id: 'g10', price: 15.5, bandwidth: '10' }] }))

    expect(options.options[0]).toMatchObject({ packageId: 'g10', priceMinor: 1550, bandwidthGb: 10 })
    expect(options.priceMinor).toBeNull()
  })

  it('keeps an unknown extendType in extra', () => {
    const options = parseExtendOptions(wrapPayload({ extendType: 'months', options: [] }))

    expect(options.extendType).toBeNull()
    expect(options.extra.extendType).toBe('months')
  })

  it('names an option without a price', () => {
    expect(catchResponseError(() => parseExtendOptions(wrapPayload({ options: [{ packageId: 'p' }] }))).fieldPath).toBe('payload.options[0].price')
  })
})

describe('parseWhitelist', () => {
  it('reads whitelist_ip, whitelist or a bare array', () => {
    expect(parseWhitelist(wrapPayload({ whitelist_ip: ['192.0.2.1'] }))).toEqual(['192.0.2.1'])
    expect(parseWhitelist(wrapPayload({ whitelist: ['2001:db8::1'] }))).toEqual(['2001:db8::1'])
    expect(parseWhitelist(wrapPayload(['192.0.2.2 ']))).toEqual(['192.0.2.2'])
    expect(parseWhitelist(wrapPayload({}))).toEqual([])
  })

  it('names an entry that is not an IP', () => {
    expect(catchResponseError(() => parseWhitelist(wrapPayload({ whitelist_ip: ['192.0.2.1', 'nope'] }))).fieldPath).toBe('payload.whitelist_ip[1]')
  })
})

describe('parseUsageStats', () => {
  it('reads GB figures and the daily breakdown', () => {
    const usage = parseUsageStats(wrapPayload({ usage: { unit: 'GB', used_bandwidth: 1.25, available_bandwidth: 5, bandwidth_left: '3.75', daily: [{ date: '2025-06-01', used: 1.25 }] } }))

    expect(usage).toEqual({ usedGb: 1.25, totalGb: 5, leftGb: 3.75, daily: [{ date: '2025-06-01', usedGb: 1.25 }], extra: { unit: 'GB' } })
  })

  it('reads figures placed directly in payload', () => {
    expect(parseUsageStats(wrapPayload({ used: 2 })).usedGb).toBe(2)
  })

  it('names a bad daily value', () => {
    expect(catchResponseError(() => parseUsageStats(wrapPayload({ usage: { daily: [{ date: 'd', used: 'lots' }] } }))).fieldPath).toBe('payload.usage.daily[0].used')
  })
})

describe('parsePasswordReset', () => {
  it('reads a direct password', () => {
    expect(parsePasswordReset(wrapPayload({ password: 'new-secret' }))).toEqual({ password: 'new-secret', order: null })
  })

  it('reads the password from an updated order', () => {
    const reset = parsePasswordReset(wrapPayload({ order: { id: 'o', proxy: { username: 'u', password: 'rotated' } } }))

    expect(reset.password).toBe('rotated')
    expect(reset.order?.orderId).toBe('o')
  })

  it('returns null when no password is sent', () => {
    expect(parsePasswordReset(wrapPayload({ ok: true })).password).toBeNull()
  })
})

describe('parseUnlimitedMetrics', () => {
  it('reads points and paging', () => {
    const metrics = parseUnlimitedMetrics(wrapPayload({ view: 'bandwidth', points: [{ timestamp: '2025-06-01T10:00:00.000Z', value: '0.5' }] }, { page: 1, totalPages: 2 }))

    expect(metrics.points).toEqual([{ at: new Date('2025-06-01T10:00:00.000Z'), value: 0.5, extra: {} }])
    expect(metrics).toMatchObject({ page: 1, totalPages: 2, extra: { view: 'bandwidth' } })
  })

  it('names a bad timestamp', () => {
    expect(catchResponseError(() => parseUnlimitedMetrics(wrapPayload({ points: [{ timestamp: 'x', value: 1 }] }))).fieldPath).toBe('payload.points[0].timestamp')
  })
})
