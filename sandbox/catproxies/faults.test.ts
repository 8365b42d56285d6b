import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createCatProxiesClient, type CatProxiesClient } from '@/lib/catproxies/client'
import { CatProxiesInsufficientBalanceError, CatProxiesServerError } from '@/lib/catproxies/errors'
import { startCatProxiesSimulator, type CatProxiesSimulator } from './server'

const KEY = `cp_${'3c'.repeat(32)}`
let sim: CatProxiesSimulator
let client: CatProxiesClient

beforeAll(async () => {
  sim = await startCatProxiesSimulator({ accounts: [{ apiKey: KEY, balanceMinor: 100_00 }], autoProvisionKeys: false })
  client = createCatProxiesClient({ apiKey: KEY, baseUrl: sim.baseUrl, timeoutMs: 2_000, logger: pino({ level: 'silent' }) })
})

afterAll(async () => {
  await sim.close()
})

beforeEach(() => {
  sim.faults.clear()
})

describe('fault injection', () => {
  it('fires the given number of times', async () => {
    sim.faults.inject({ path: '/account', kind: 'error500', times: 2 })

    await expect(client.getAccount()).rejects.toBeInstanceOf(CatProxiesServerError)
    await expect(client.getAccount()).rejects.toBeInstanceOf(CatProxiesServerError)
    await expect(client.getAccount()).resolves.toBeDefined()
    expect(sim.faults.pendingCount()).toBe(0)
  })

  it('matches method and path pattern only', async () => {
    sim.faults.inject({ method: 'POST', path: /^\/order/, kind: 'error500' })

    await expect(client.getAccount()).resolves.toBeDefined()
    expect(sim.faults.pendingCount()).toBe(1)
  })

  it('delays by latencyMs', async () => {
    sim.faults.inject({ path: '/account', kind: 'latency', latencyMs: 150 })
    const startedAt = performance.now()
    await client.getAccount()

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140)
  })

  it('fakes insufficient balance without charging', async () => {
    const item = (await client.listStorePackages({ proxyType: 'Isp' }))[0]
    if (item === undefined) throw new Error('no ISP package')
    sim.faults.inject({ method: 'POST', path: '/order', kind: 'insufficientBalance' })
    const error = await client.createOrder({ packageId: item.packageId, isp: {} }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesInsufficientBalanceError)
    expect(sim.getBalanceMinor(KEY)).toBe(100_00)
    expect(sim.listOrders(KEY)).toHaveLength(0)
  })

  it('clears pending faults', () => {
    sim.faults.inject({ kind: 'timeout', times: Infinity })
    sim.faults.clear()

    expect(sim.faults.pendingCount()).toBe(0)
  })

  it('rejects a latency fault without latencyMs', () => {
    expect(() => sim.faults.inject({ kind: 'latency' })).toThrow(RangeError)
  })

  it('counts requests per key with filters', async () => {
    const since = sim.clock.now()
    await client.getAccount()
    await client.getAccount()

    expect(sim.requestCount(KEY, { path: '/account', since })).toBe(2)
    expect(sim.requestCount(KEY, { method: 'POST', since })).toBe(0)
  })
})
