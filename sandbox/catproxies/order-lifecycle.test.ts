import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createCatProxiesClient, type CatProxiesClient } from '@/lib/catproxies/client'
import { CatProxiesBadRequestError, CatProxiesInsufficientBalanceError } from '@/lib/catproxies/errors'
import type { ProxyType, StorePackage } from '@/lib/catproxies/types'
import { startCatProxiesSimulator, type CatProxiesSimulator } from './server'

// Order lifecycle in the simulator, driven through the typed client and the simulated clock.

const KEY = `cp_${'7f'.repeat(32)}`
const DAY_MS = 24 * 60 * 60 * 1000
const START = new Date('2025-06-01T12:00:00.000Z')
let sim: CatProxiesSimulator
let client: CatProxiesClient

beforeAll(async () => {
  sim = await startCatProxiesSimulator({ accounts: [{ apiKey: KEY, balanceMinor: 0 }], autoProvisionKeys: false, clockStart: START, clockSpeed: 0 })
  client = createCatProxiesClient({ apiKey: KEY, baseUrl: sim.baseUrl, logger: pino({ level: 'silent' }) })
})

afterAll(async () => {
  await sim.close()
})

beforeEach(() => {
  sim.clock.set(START)
  sim.setBalanceMinor(KEY, 1_000_00)
})

async function packageOf(proxyType: ProxyType, index = 0): Promise<StorePackage> {
  const item = (await client.listStorePackages({ proxyType }))[index]
  if (item === undefined) throw new Error(`no ${proxyType} package at index ${index}`)

  return item
}

describe('ISP order lifecycle', () => {
  it('expires after 30 days', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: { quantity: 2 } })

    sim.clock.advance(30 * DAY_MS - 1)
    expect((await client.getOrder(order.orderId)).status).toBe('CONFIRMED')
    sim.clock.advance(1)
    expect((await client.getOrder(order.orderId)).status).toBe('EXPIRED')
  })

  it('quotes and charges price times IPs per extension', async () => {
    const item = await packageOf('Isp')
    const order = await client.createOrder({ packageId: item.packageId, isp: { quantity: 3 } })
    const options = await client.getExtendOptions(order.orderId)
    const balanceBefore = sim.getBalanceMinor(KEY)
    const extended = await client.extendOrder(order.orderId)

    expect(options).toMatchObject({ extendType: 'days', priceMinor: item.resellerPriceMinor * 3 })
    expect(sim.getBalanceMinor(KEY)).toBe(balanceBefore - item.resellerPriceMinor * 3)
    expect(extended.expiresAt?.getTime()).toBe(START.getTime() + 60 * DAY_MS)
  })

  it('extends a lapsed order from now', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: {} })
    sim.clock.advance(40 * DAY_MS)
    const extended = await client.extendOrder(order.orderId)

    expect(extended.status).toBe('CONFIRMED')
    expect(extended.expiresAt?.getTime()).toBe(START.getTime() + 70 * DAY_MS)
  })

  it('rejects an extension the balance cannot pay', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: { quantity: 10 } })
    sim.setBalanceMinor(KEY, 1)

    await expect(client.extendOrder(order.orderId)).rejects.toBeInstanceOf(CatProxiesInsufficientBalanceError)
    expect((await client.getOrder(order.orderId)).expiresAt?.getTime()).toBe(START.getTime() + 30 * DAY_MS)
  })
})

describe('bandwidth order lifecycle', () => {
  it('grows usage with the clock and caps it', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('gResidential')).packageId, proxyType: 'gResidential' })

    sim.clock.advance(10 * 60 * 60 * 1000)
    const partly = await client.getUsageStats(order.orderId)
    sim.clock.advance(30 * DAY_MS)
    const exhausted = await client.getUsageStats(order.orderId)

    expect(partly.usedGb).toBeCloseTo(0.5, 3)
    expect(partly.leftGb).toBeCloseTo(0.5, 3)
    expect(exhausted).toMatchObject({ usedGb: 1, leftGb: 0, totalGb: 1 })
  })

  it('requires a packageId to extend', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('RotatingMobile')).packageId, proxyType: 'RotatingMobile' })
    const error = await client.extendOrder(order.orderId).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesBadRequestError)
    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('packageId is required')
  })

  it('adds the chosen package’s GB and charges its price', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('resix')).packageId, proxyType: 'resix' })
    const options = await client.getExtendOptions(order.orderId)
    const tenGb = options.options.find((option) => option.bandwidthGb === 10)
    if (tenGb?.packageId == null) throw new Error('no 10 GB extend option')
    const balanceBefore = sim.getBalanceMinor(KEY)
    const extended = await client.extendOrder(order.orderId, { packageId: tenGb.packageId })

    expect(options.extendType).toBe('bandwidth')
    expect(extended.bandwidthLeftGb).toBe(11)
    expect(sim.getBalanceMinor(KEY)).toBe(balanceBefore - tenGb.priceMinor)
  })

  it('rejects an extend package of another type', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('gResidential')).packageId, proxyType: 'gResidential' })
    const mobile = await packageOf('RotatingMobile')

    await expect(client.extendOrder(order.orderId, { packageId: mobile.packageId })).rejects.toBeInstanceOf(CatProxiesBadRequestError)
  })
})

describe('per-type order rules', () => {
  it('charges datacenter packages per package, not per IP', async () => {
    const item = await packageOf('DatacenterP')
    const before = sim.getBalanceMinor(KEY)
    const order = await client.createOrder({ packageId: item.packageId, datacenter: { countryProxies: { US: 6, DE: 4 } } })

    expect(order.quantity).toBe(10)
    expect(order.credentials.proxies).toHaveLength(10)
    expect(sim.getBalanceMinor(KEY)).toBe(before - item.resellerPriceMinor)
  })

  it('draws datacenter stock down', async () => {
    const item = await packageOf('DatacenterP')
    const stockBefore = (await client.listDatacenterCountries()).find((country) => country.code === 'JP')?.available ?? 0
    await client.createOrder({ packageId: item.packageId, datacenter: { countryProxies: { JP: 10 } } })
    const stockAfter = (await client.listDatacenterCountries()).find((country) => country.code === 'JP')?.available

    expect(stockAfter).toBe(stockBefore - 10)
  })

  it.each([
    ['a short allocation', { US: 5 }, 'must add up to 10 IPs, got 5'],
    ['more than the stock', { JP: 10_000 }, 'only'],
    ['an unserved country', { ZZ: 10 }, 'no datacenter IPs are offered in ZZ'],
  ])('rejects %s', async (_name, countryProxies, message) => {
    const item = await packageOf('DatacenterP')
    const error = await client.createOrder({ packageId: item.packageId, datacenter: { countryProxies } }).catch((caught: unknown) => caught)

    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain(message)
  })

  it('rejects an unknown gateway server', async () => {
    const item = await packageOf('UnlimitedResidential')
    const error = await client.createOrder({ packageId: item.packageId, unlimitedResidential: { gatewayServerId: 99 } }).catch((caught: unknown) => caught)

    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('gateway_server 99')
  })

  it('rejects dedicated ISP quantity below minQty', async () => {
    const item = await packageOf('IspP', 1)
    const error = await client.createOrder({ packageId: item.packageId, dedicatedIsp: { quantity: 1 } }).catch((caught: unknown) => caught)

    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('between 5 and 100')
  })

  it('serves unlimited metrics only for unlimited orders', async () => {
    const unlimited = await client.createOrder({ packageId: (await packageOf('UnlimitedResidential')).packageId, unlimitedResidential: { gatewayServerId: 1 } })
    const isp = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: {} })
    sim.clock.advance(3 * 60 * 60 * 1000)
    const metrics = await client.getUnlimitedMetrics(unlimited.orderId, { timeframe: '24h', interval: '1h' })

    expect(metrics.points).toHaveLength(3)
    expect(metrics.points[0]?.value).toBe(0.5)
    await expect(client.getUnlimitedMetrics(isp.orderId)).rejects.toBeInstanceOf(CatProxiesBadRequestError)
  })

  it('rejects an unknown metrics timeframe naming it', async () => {
    const unlimited = await client.createOrder({ packageId: (await packageOf('UnlimitedResidential')).packageId, unlimitedResidential: { gatewayServerId: 2 } })
    const error = await client.getUnlimitedMetrics(unlimited.orderId, { timeframe: '1y' }).catch((caught: unknown) => caught)

    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('timeframe must be one of')
  })
})

describe('whitelist and password', () => {
  it('rejects an invalid IP on the server too', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: {} })
    const response = await fetch(`${sim.baseUrl}/order/${order.orderId}/whitelist`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ip: '999.1.1.1' }),
    })

    expect(response.status).toBe(400)
  })

  it('treats a repeated add as no change', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Isp')).packageId, isp: {} })
    await client.addWhitelistIp(order.orderId, '192.0.2.1')

    expect(await client.addWhitelistIp(order.orderId, '192.0.2.1')).toEqual(['192.0.2.1'])
  })

  it('returns the new password from reset', async () => {
    const order = await client.createOrder({ packageId: (await packageOf('Ipv6p')).packageId, proxyType: 'Ipv6p' })
    const reset = await client.resetPassword(order.orderId)

    expect(reset.password).not.toBe(order.credentials.password)
    expect(reset.order?.credentials.proxies[0]?.password).toBe(reset.password)
  })
})
