import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { CatProxiesBudgetExhaustedError } from '@/lib/catproxies/governor/budget-errors'
import { getUpstreamBudgetUsage } from '@/lib/catproxies/governor/get-upstream-budget-usage'
import { createDatabase, createPool, type Database } from '@/lib/db/prisma'
import { settleBackgroundRefreshes } from '@/lib/upstream-cache/read-through-cache'
import { setBudgetUsage, startUpstreamFixture, type UpstreamFixture } from '@/tests/helpers/upstream-fixture'

// Two app instances, each with its own Prisma client and connection pool, share one
// CatProxies key through one Postgres database. The embedded test database serves one
// connection per process, so this file needs a real server.

const serverUrl = process.env.TEST_DATABASE_URL
if (!serverUrl) {
  console.log('Skipping the two-instance governor and cache tests: TEST_DATABASE_URL is not set, and the embedded database allows one connection per process.')
}

describe.skipIf(!serverUrl)('two instances sharing one key', () => {
  let fixture: UpstreamFixture
  let secondPool: ReturnType<typeof createPool>
  let secondDb: Database

  beforeAll(async () => {
    fixture = await startUpstreamFixture()
    secondPool = createPool(fixture.url, 10)
    secondDb = createDatabase(secondPool)
  })

  afterAll(async () => {
    await secondDb?.$disconnect()
    await secondPool?.end()
    await fixture?.stop()
  })

  beforeEach(async () => {
    await settleBackgroundRefreshes()
    await fixture.reset()
  })

  const instances = () => ({ first: fixture.client({ db: fixture.db }), second: fixture.client({ db: secondDb }) })
  const count429s = () => fixture.responses.filter((response) => response.status === 429).length

  async function settle(calls: Promise<unknown>[]) {
    const results = await Promise.allSettled(calls)
    const refusals = results.filter((result) => result.status === 'rejected' && result.reason instanceof CatProxiesBudgetExhaustedError)
    const otherFailures = results.filter((result) => result.status === 'rejected' && !(result.reason instanceof CatProxiesBudgetExhaustedError))

    return { sent: results.filter((result) => result.status === 'fulfilled').length, refused: refusals.length, otherFailures }
  }

  it('never exceed the hourly budget together', async () => {
    await setBudgetUsage(fixture, 'hourly', 950)
    const { first, second } = instances()

    const outcome = await settle(
      Array.from({ length: 120 }, (_, index) => (index % 2 === 0 ? first : second).listOrders()),
    )

    expect(outcome.otherFailures).toEqual([])
    expect(outcome.sent).toBe(50)
    expect(outcome.refused).toBe(70)
    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/orders' })).toBe(50)
    expect(count429s()).toBe(0)
    expect((await getUpstreamBudgetUsage({ db: secondDb, apiKey: fixture.apiKey })).hourly.used).toBe(1000)
  })

  it('keep the reserve from reads of both', async () => {
    await setBudgetUsage(fixture, 'hourly', 770)
    const { first, second } = instances()

    const reads = await settle(
      Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? first : second).listStorePackages({ proxyType: 'Isp' })),
    )
    const purchasesBudget = await settle(Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? first : second).listOrders()))

    expect(reads.otherFailures).toEqual([])
    expect(reads.sent).toBe(30)
    expect(purchasesBudget.sent).toBe(10)
    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/store' })).toBe(30)
    expect(count429s()).toBe(0)
  })

  it('share a 429 block', async () => {
    const { first, second } = instances()
    fixture.sim.faults.inject({ kind: 'rateLimit', method: 'GET', path: '/orders', resetInMs: 60_000 })

    await expect(first.listOrders()).rejects.toMatchObject({ status: 429 })
    const blocked = second.listOrders()

    await expect(blocked).rejects.toBeInstanceOf(CatProxiesBudgetExhaustedError)
    await expect(blocked).rejects.toMatchObject({ reason: 'blocked_after_429' })
    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/orders' })).toBe(1)

    fixture.sim.clock.advance(63_000)
    await second.listOrders()
    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/orders' })).toBe(2)
  })

  it('load a cold catalogue once', async () => {
    const read = (db: Database) => listRetailPackages({ db, tenant: fixture.tenant, proxyType: 'Isp' })

    const results = await Promise.all(Array.from({ length: 40 }, (_, index) => read(index % 2 === 0 ? fixture.db : secondDb)))

    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/store' })).toBe(1)
    for (const result of results) expect(result).toEqual(results[0])
  })

  it('refresh a stale catalogue once', async () => {
    const read = (db: Database) => listRetailPackages({ db, tenant: fixture.tenant, proxyType: 'Isp' })
    await read(fixture.db)
    fixture.sim.clock.advance(6 * 60_000)
    fixture.sim.faults.inject({ kind: 'latency', method: 'GET', path: '/store', latencyMs: 200 })

    await Promise.all(Array.from({ length: 40 }, (_, index) => read(index % 2 === 0 ? fixture.db : secondDb)))
    await settleBackgroundRefreshes()
    await Promise.all(Array.from({ length: 10 }, (_, index) => read(index % 2 === 0 ? fixture.db : secondDb)))
    await settleBackgroundRefreshes()

    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/store' })).toBe(2)
  })
})
