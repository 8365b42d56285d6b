import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { clearCatalogueCache, listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { CatProxiesServerError } from '@/lib/catproxies/errors'
import { CatProxiesBudgetExhaustedError } from '@/lib/catproxies/governor/budget-errors'
import { readThroughCache, settleBackgroundRefreshes } from '@/lib/upstream-cache/read-through-cache'
import { UpstreamCacheUnavailableError } from '@/lib/upstream-cache/upstream-cache-unavailable-error'
import { setBudgetUsage, startUpstreamFixture, type UpstreamFixture } from '@/tests/helpers/upstream-fixture'

// The Postgres read-through cache behind the storefront catalogue, against the CatProxies
// simulator over loopback HTTP. Time moves with the simulator's clock.

const SIX_MINUTES_MS = 6 * 60_000

let fixture: UpstreamFixture

beforeAll(async () => {
  fixture = await startUpstreamFixture()
})

afterAll(async () => {
  await fixture?.stop()
})

beforeEach(async () => {
  await settleBackgroundRefreshes()
  await fixture.reset()
})

const storeCalls = () => fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/store' })
const readCatalogue = () => listRetailPackages({ db: fixture.db, tenant: fixture.tenant, proxyType: 'Isp' })

async function catalogueRow() {
  return fixture.db.upstreamCacheEntry.findUniqueOrThrow({ where: { tenantId_cacheKey: { tenantId: fixture.tenant.id, cacheKey: 'store:Isp' } } })
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to be rejected')
}

describe('catalogue cache', () => {
  it('loads once for many concurrent cold reads', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => readCatalogue()))

    expect(storeCalls()).toBe(1)
    expect(results[0]?.length).toBeGreaterThan(0)
    for (const result of results) expect(result).toEqual(results[0])
  })

  it('serves fresh reads without upstream', async () => {
    await readCatalogue()
    fixture.sim.clock.advance(4 * 60_000)

    for (let view = 0; view < 20; view += 1) await readCatalogue()
    await settleBackgroundRefreshes()

    expect(storeCalls()).toBe(1)
  })

  it('makes a cold miss wait for upstream', async () => {
    fixture.sim.faults.inject({ kind: 'latency', method: 'GET', path: '/store', latencyMs: 300 })
    const startedAt = performance.now()

    const packages = await readCatalogue()

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290)
    expect(packages.length).toBeGreaterThan(0)
    expect(storeCalls()).toBe(1)
  })

  it('serves stale reads while one refresh runs', async () => {
    const first = await readCatalogue()
    const loadedAt = (await catalogueRow()).fetchedAt
    fixture.sim.clock.advance(SIX_MINUTES_MS)
    fixture.sim.faults.inject({ kind: 'latency', method: 'GET', path: '/store', latencyMs: 800 })
    const startedAt = performance.now()

    const results = await Promise.all(Array.from({ length: 20 }, () => readCatalogue()))

    expect(performance.now() - startedAt).toBeLessThan(600)
    for (const result of results) expect(result).toEqual(first)
    expect((await catalogueRow()).fetchedAt).toEqual(loadedAt)

    await settleBackgroundRefreshes()
    expect(storeCalls()).toBe(2)
    expect((await catalogueRow()).fetchedAt.getTime()).toBeGreaterThan(loadedAt.getTime())

    await readCatalogue()
    await settleBackgroundRefreshes()
    expect(storeCalls()).toBe(2)
  })

  it('keeps serving stale when a refresh fails', async () => {
    const first = await readCatalogue()
    const loadedAt = (await catalogueRow()).fetchedAt
    fixture.sim.clock.advance(SIX_MINUTES_MS)
    fixture.sim.faults.inject({ kind: 'error500', method: 'GET', path: '/store', times: Infinity })

    expect(await readCatalogue()).toEqual(first)
    await settleBackgroundRefreshes()

    // One refresh: three attempts by the read retries.
    expect(storeCalls()).toBe(4)
    const row = await catalogueRow()
    expect(row.fetchedAt).toEqual(loadedAt)
    // The next refresh waits a quarter of the value's age (six minutes), at least 30 s.
    expect(row.refreshLeaseUntil?.getTime()).toBeGreaterThanOrEqual(fixture.sim.clock.nowMs() + 80_000)

    expect(await readCatalogue()).toEqual(first)
    await settleBackgroundRefreshes()
    expect(storeCalls()).toBe(4)

    fixture.sim.faults.clear()
    fixture.sim.clock.advance(95_000)
    await readCatalogue()
    await settleBackgroundRefreshes()
    expect(storeCalls()).toBe(5)
    expect((await catalogueRow()).fetchedAt.getTime()).toBeGreaterThan(loadedAt.getTime())
  })

  it('serves stale when the budget refuses a refresh', async () => {
    const first = await readCatalogue()
    fixture.sim.clock.advance(SIX_MINUTES_MS)
    await setBudgetUsage(fixture, 'hourly', 800)

    expect(await readCatalogue()).toEqual(first)
    await settleBackgroundRefreshes()

    expect(storeCalls()).toBe(1)
    // No refresh is tried before the hourly budget resets (11:00 plus the 2 s guard).
    const row = await catalogueRow()
    expect(row.refreshLeaseUntil?.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-01T11:00:02.000Z'))
  })

  it('fails fast after a failed cold load', async () => {
    fixture.sim.faults.inject({ kind: 'error500', method: 'GET', path: '/store', times: Infinity })

    const first = await rejectionOf(readCatalogue())
    const second = await rejectionOf(readCatalogue())

    expect(first).toBeInstanceOf(CatProxiesServerError)
    expect(second).toBeInstanceOf(UpstreamCacheUnavailableError)
    expect(storeCalls()).toBe(3)

    fixture.sim.faults.clear()
    fixture.sim.clock.advance(6_000)
    expect((await readCatalogue()).length).toBeGreaterThan(0)
    expect(storeCalls()).toBe(4)
  })

  it('passes a budget refusal to a cold reader', async () => {
    await setBudgetUsage(fixture, 'hourly', 800)

    const error = await rejectionOf(readCatalogue())

    expect(error).toBeInstanceOf(CatProxiesBudgetExhaustedError)
    expect(storeCalls()).toBe(0)
  })

  it('reloads after clearCatalogueCache', async () => {
    await readCatalogue()

    expect(await clearCatalogueCache({ db: fixture.db, tenantId: fixture.tenant.id })).toBe(1)
    await readCatalogue()

    expect(storeCalls()).toBe(2)
  })
})

describe('readThroughCache', () => {
  const base = () => ({ db: fixture.db, tenantId: fixture.tenant.id, cacheKey: 'test:numbers', freshForMs: 60_000 })
  const parseNumbers = (stored: unknown) => {
    if (!Array.isArray(stored) || !stored.every((item) => typeof item === 'number')) throw new Error('not a number list')
    return stored as number[]
  }

  it('refetches a stored value that fails validation', async () => {
    await fixture.db.upstreamCacheEntry.create({
      data: { tenantId: fixture.tenant.id, cacheKey: 'test:numbers', value: { unexpected: true }, fetchedAt: fixture.sim.clock.now() },
    })
    let loads = 0

    const value = await readThroughCache({ ...base(), parse: parseNumbers, load: async () => { loads += 1; return [1, 2] } })

    expect(value).toEqual([1, 2])
    expect(loads).toBe(1)
  })

  it('stores the loaded value as JSON', async () => {
    await readThroughCache({ ...base(), parse: parseNumbers, load: async () => [3, 4] })

    const row = await fixture.db.upstreamCacheEntry.findUniqueOrThrow({ where: { tenantId_cacheKey: { tenantId: fixture.tenant.id, cacheKey: 'test:numbers' } } })
    expect(row.value).toEqual([3, 4])
    expect(row.refreshLeaseUntil).toBeNull()
  })
})
