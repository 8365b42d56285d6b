import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startCatProxiesSimulator, type CatProxiesSimulator } from '@/sandbox/catproxies/server'
import { createCatProxiesClient, type CatProxiesClientOptions } from './client'
import {
  CatProxiesAuthError,
  CatProxiesBadRequestError,
  CatProxiesInputError,
  CatProxiesInsufficientBalanceError,
  CatProxiesNetworkError,
  CatProxiesNotFoundError,
  CatProxiesServerError,
} from './errors'
import type { CatProxiesRequestInfo, CatProxiesResponseInfo } from './transport'

// The client against the simulator over real HTTP on loopback.

const RESELLER_KEY = `cp_${'a1'.repeat(32)}`
const OTHER_KEY = `cp_${'b2'.repeat(32)}`
const UNKNOWN_KEY = `cp_${'c3'.repeat(32)}`
const NOT_RESELLER_KEY = `cp_${'d4'.repeat(32)}`
const START_BALANCE = 100_00
const silentLogger = pino({ level: 'silent' })

let sim: CatProxiesSimulator

beforeAll(async () => {
  sim = await startCatProxiesSimulator({
    accounts: [
      { apiKey: RESELLER_KEY, balanceMinor: START_BALANCE },
      { apiKey: OTHER_KEY, balanceMinor: START_BALANCE },
      { apiKey: NOT_RESELLER_KEY, balanceMinor: 0, isReseller: false },
    ],
    autoProvisionKeys: false,
    // Small pages so the 12 ISP packages span three pages.
    maxStorePageSize: 5,
  })
})

afterAll(async () => {
  await sim.close()
})

beforeEach(() => {
  sim.faults.clear()
  sim.setBalanceMinor(RESELLER_KEY, START_BALANCE)
})

function client(overrides: Partial<CatProxiesClientOptions> = {}) {
  return createCatProxiesClient({ apiKey: RESELLER_KEY, baseUrl: sim.baseUrl, timeoutMs: 2_000, logger: silentLogger, ...overrides })
}

async function firstIspPackage() {
  const packages = await client().listStorePackages({ proxyType: 'Isp' })
  const item = packages[0]
  if (item === undefined) throw new Error('the simulator catalogue has no ISP package')

  return item
}

describe('client against the simulator', () => {
  it('reads account balance and rate limits', async () => {
    const account = await client().getAccount()

    expect(account.balanceMinor).toBe(START_BALANCE)
    expect(account.rateLimits?.requestsPerHour).toBe(1000)
    expect(account.rateLimits?.requestsUsed).toBeGreaterThan(0)
    expect(account.rateLimits?.resetAt.getUTCMinutes()).toBe(0)
  })

  it('fetches every store page', async () => {
    const before = sim.requestCount(RESELLER_KEY, { path: '/store' })
    const packages = await client().listStorePackages({ proxyType: 'Isp' })

    expect(packages).toHaveLength(12)
    expect(new Set(packages.map((item) => item.packageId)).size).toBe(12)
    expect(packages.every((item) => item.proxyType === 'Isp')).toBe(true)
    expect(sim.requestCount(RESELLER_KEY, { path: '/store' }) - before).toBe(3)
  })

  it('parses string and number prices alike', async () => {
    const packages = await client().listStorePackages({ proxyType: 'Isp' })

    expect(packages.find((item) => item.title === 'Static ISP - United States')?.resellerPriceMinor).toBe(250)
    expect(packages.find((item) => item.title === 'Static ISP - United Kingdom')?.resellerPriceMinor).toBe(275)
  })

  it('creates an ISP order and debits price times quantity', async () => {
    const item = await firstIspPackage()
    const order = await client().createOrder({ packageId: item.packageId, isp: { quantity: 4, countryId: 1 } })

    expect(order.status).toBe('CONFIRMED')
    expect(order.quantity).toBe(4)
    expect(order.amountMinor).toBe(item.resellerPriceMinor * 4)
    expect(sim.getBalanceMinor(RESELLER_KEY)).toBe(START_BALANCE - item.resellerPriceMinor * 4)
  })

  it('reads the order back with one line per IP', async () => {
    const item = await firstIspPackage()
    const created = await client().createOrder({ packageId: item.packageId, isp: { quantity: 2 } })
    const order = await client().getOrder(created.orderId)

    expect(order.orderId).toBe(created.orderId)
    expect(order.credentials.proxies).toHaveLength(2)
    expect(order.credentials.proxies[0]?.username).toBe(order.credentials.username)
    expect(order.credentials.password).toMatch(/\S{8,}/)
    expect(order.expiresAt?.getTime()).toBeGreaterThan(Date.now())
  })

  it('hides another key’s order as 404', async () => {
    const item = await firstIspPackage()
    const created = await client().createOrder({ packageId: item.packageId, isp: {} })

    await expect(client({ apiKey: OTHER_KEY }).getOrder(created.orderId)).rejects.toBeInstanceOf(CatProxiesNotFoundError)
  })
})

describe('client error mapping', () => {
  it('maps an unknown key to CatProxiesAuthError 401', async () => {
    const error = await client({ apiKey: UNKNOWN_KEY }).getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesAuthError)
    expect((error as CatProxiesAuthError).status).toBe(401)
  })

  it('maps a non-reseller key to CatProxiesAuthError 403', async () => {
    const error = await client({ apiKey: NOT_RESELLER_KEY }).getAccount().catch((caught: unknown) => caught)

    expect((error as CatProxiesAuthError).status).toBe(403)
  })

  it('rejects a malformed key before sending', () => {
    expect(() => client({ apiKey: 'cp_bad key' })).toThrow(CatProxiesInputError)
  })

  it('maps a quantity above maxQty to 400 naming the field', async () => {
    const item = await firstIspPackage()
    const error = await client().createOrder({ packageId: item.packageId, isp: { quantity: 10_000 } }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesBadRequestError)
    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('ispData.quantity')
    expect(sim.getBalanceMinor(RESELLER_KEY)).toBe(START_BALANCE)
  })

  it('maps an unknown country to 400 naming the field', async () => {
    const item = await firstIspPackage()
    const error = await client().createOrder({ packageId: item.packageId, isp: { countryId: 99 } }).catch((caught: unknown) => caught)

    expect((error as CatProxiesBadRequestError).upstreamMessage).toContain('ispData.countryId')
  })

  it('maps an unknown package to 404', async () => {
    const error = await client().createOrder({ packageId: 'no-such-package', isp: {} }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesNotFoundError)
    expect((error as CatProxiesNotFoundError).upstreamMessage).toBe('Package not found')
  })

  it('maps a short balance to CatProxiesInsufficientBalanceError', async () => {
    const item = await firstIspPackage()
    sim.setBalanceMinor(RESELLER_KEY, 100)
    const error = await client().createOrder({ packageId: item.packageId, isp: { quantity: 2 } }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesInsufficientBalanceError)
    expect((error as CatProxiesInsufficientBalanceError).requiredMinor).toBe(item.resellerPriceMinor * 2)
    expect((error as CatProxiesInsufficientBalanceError).availableMinor).toBe(100)
    expect(sim.getBalanceMinor(RESELLER_KEY)).toBe(100)
  })

  it('maps a 500 to CatProxiesServerError', async () => {
    sim.faults.inject({ path: '/account', kind: 'error500' })

    await expect(client().getAccount()).rejects.toBeInstanceOf(CatProxiesServerError)
  })

  it('times out a held request as a network error', async () => {
    sim.faults.inject({ path: '/account', kind: 'timeout' })
    const error = await client({ timeoutMs: 200 }).getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesNetworkError)
    expect((error as CatProxiesNetworkError).isTimeout).toBe(true)
    expect((error as CatProxiesNetworkError).mayHaveReachedUpstream).toBe(true)
  })

  it('reports a dropped create as possibly reached, and the order exists', async () => {
    const item = await firstIspPackage()
    const ordersBefore = sim.listOrders(RESELLER_KEY).length
    sim.faults.inject({ method: 'POST', path: '/order', kind: 'dropAfterCreate' })
    const error = await client().createOrder({ packageId: item.packageId, isp: { quantity: 1 } }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesNetworkError)
    expect((error as CatProxiesNetworkError).mayHaveReachedUpstream).toBe(true)
    expect(sim.listOrders(RESELLER_KEY)).toHaveLength(ordersBefore + 1)
    expect(sim.getBalanceMinor(RESELLER_KEY)).toBe(START_BALANCE - item.resellerPriceMinor)
  })

  it('reports a refused connection as not reached', async () => {
    const closed = await startCatProxiesSimulator()
    const baseUrl = closed.baseUrl
    await closed.close()
    const error = await client({ baseUrl }).getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesNetworkError)
    expect((error as CatProxiesNetworkError).mayHaveReachedUpstream).toBe(false)
  })

  it('never retries a failed order creation', async () => {
    const item = await firstIspPackage()
    const before = sim.requestCount(RESELLER_KEY, { method: 'POST', path: '/order' })
    sim.faults.inject({ method: 'POST', path: '/order', kind: 'error500' })
    await client().createOrder({ packageId: item.packageId, isp: {} }).catch(() => undefined)

    expect(sim.requestCount(RESELLER_KEY, { method: 'POST', path: '/order' }) - before).toBe(1)
  })
})

describe('client hooks', () => {
  it('reports each call to onRequest and onResponse', async () => {
    const requests: CatProxiesRequestInfo[] = []
    const responses: CatProxiesResponseInfo[] = []
    const hooked = client({ onRequest: (info) => void requests.push(info), onResponse: (info) => void responses.push(info) })
    const item = await firstIspPackage()
    await hooked.createOrder({ packageId: item.packageId, isp: {} })

    expect(requests).toEqual([{ operation: 'createOrder', method: 'POST', path: '/order', kind: 'purchase', buckets: ['hourly'] }])
    expect(responses[0]).toMatchObject({ status: 200, error: null, kind: 'purchase' })
  })

  it('passes resetAt of a 429 to onResponse', async () => {
    const responses: CatProxiesResponseInfo[] = []
    sim.faults.inject({ path: '/account', kind: 'rateLimit' })
    await client({ onResponse: (info) => void responses.push(info) }).getAccount().catch(() => undefined)

    expect(responses[0]?.status).toBe(429)
    expect(responses[0]?.resetAt?.getUTCMinutes()).toBe(0)
  })

  it('sends nothing when onRequest throws', async () => {
    const before = sim.requestCount(RESELLER_KEY)
    const denied = client({ onRequest: () => Promise.reject(new Error('budget spent')) })

    await expect(denied.getAccount()).rejects.toThrow('budget spent')
    expect(sim.requestCount(RESELLER_KEY)).toBe(before)
  })
})
