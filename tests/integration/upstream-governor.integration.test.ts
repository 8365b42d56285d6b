import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { CatProxiesRateLimitError, CatProxiesServerError, CatProxiesNetworkError } from '@/lib/catproxies/errors'
import { CatProxiesBudgetExhaustedError } from '@/lib/catproxies/governor/budget-errors'
import { getUpstreamBudgetUsage } from '@/lib/catproxies/governor/get-upstream-budget-usage'
import { fingerprintApiKey } from '@/lib/catproxies/governor/key-fingerprint'
import type { StorePackage } from '@/lib/catproxies/types'
import { setBudgetUsage, startUpstreamFixture, type UpstreamFixture } from '@/tests/helpers/upstream-fixture'

// The rate governor of one instance against the CatProxies simulator over loopback HTTP.
// Budget rows live in the test database; the simulator enforces the real limits, so a
// governor mistake shows up as a 429 in `fixture.responses`.

let fixture: UpstreamFixture
let ispPackage: StorePackage

beforeAll(async () => {
  fixture = await startUpstreamFixture()
  const [first] = await fixture.client().listStorePackages({ proxyType: 'Isp' })
  if (!first) throw new Error('the simulator catalogue has no ISP package')
  ispPackage = first
})

afterAll(async () => {
  await fixture?.stop()
})

beforeEach(async () => {
  await fixture.reset()
})

const FAST_RANDOM = () => 0.1
const storeCalls = () => fixture.sim.requestCount(fixture.apiKey, { method: 'GET', path: '/store' })
const orderCreations = () => fixture.sim.requestCount(fixture.apiKey, { method: 'POST', path: '/order' })
const count429s = () => fixture.responses.filter((response) => response.status === 429).length
const ispOrder = () => ({ packageId: ispPackage.packageId, isp: { quantity: ispPackage.minQty ?? 1, countryId: ispPackage.locations[0]?.id } })

async function usage() {
  return getUpstreamBudgetUsage({ db: fixture.db, apiKey: fixture.apiKey })
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to be rejected')
}

describe('budget accounting', () => {
  it('counts every request sent', async () => {
    await fixture.client().listStorePackages({ proxyType: 'Isp' })
    await fixture.client().getAccount()

    const current = await usage()
    expect(current.hourly.used).toBe(2)
    expect(current.hourly.limit).toBe(1000)
    expect(current.hourly.remaining).toBe(998)
    expect(current.hourly.resetAt.toISOString()).toBe('2026-03-01T11:00:00.000Z')
    expect(current.mobileTargeting).toMatchObject({ used: 0, limit: 60, blockedUntil: null })
    expect(current.mobileTargeting.resetAt.toISOString()).toBe('2026-03-01T10:30:00.000Z')
  })

  it('reads usage by tenant id', async () => {
    await fixture.client().listStorePackages({ proxyType: 'Isp' })

    const byTenant = await getUpstreamBudgetUsage({ db: fixture.db, tenantId: fixture.tenant.id })
    expect(byTenant.hourly.used).toBe(1)
  })

  it('stores a fingerprint, never the key', async () => {
    await fixture.client().listStorePackages({ proxyType: 'Isp' })

    const rows = await fixture.db.upstreamRateBucket.findMany()
    expect(rows.map((row) => row.keyFingerprint)).toEqual([fingerprintApiKey(fixture.apiKey)])
    expect(JSON.stringify(rows)).not.toContain(fixture.apiKey)
  })

  it('adopts a higher count from GET /account', async () => {
    fixture.sim.setRateLimitUsage(fixture.apiKey, 'hourly', 500)

    await fixture.client().getAccount()

    expect((await usage()).hourly.used).toBe(501)
  })
})

describe('priority', () => {
  it('refuses catalogue reads inside the reserve', async () => {
    await setBudgetUsage(fixture, 'hourly', 800)
    const startedAt = performance.now()

    const error = await rejectionOf(fixture.client().listStorePackages({ proxyType: 'Isp' }))

    expect(error).toBeInstanceOf(CatProxiesBudgetExhaustedError)
    expect(error).toMatchObject({ reason: 'reserved_for_high_priority', bucket: 'hourly', wasSent: false })
    expect((error as CatProxiesBudgetExhaustedError).retryAt.toISOString()).toBe('2026-03-01T11:00:02.000Z')
    expect(performance.now() - startedAt).toBeLessThan(1_000)
    expect(storeCalls()).toBe(0)
  })

  it('lets purchases spend the reserve', async () => {
    await setBudgetUsage(fixture, 'hourly', 800)

    const order = await fixture.client().createOrder(ispOrder())
    await fixture.client().getOrder(order.orderId)

    expect(orderCreations()).toBe(1)
    expect((await usage()).hourly.used).toBe(802)
    expect(count429s()).toBe(0)
  })

  it('refuses a purchase at the limit without sending it', async () => {
    await setBudgetUsage(fixture, 'hourly', 1000)

    const error = await rejectionOf(fixture.client().createOrder(ispOrder()))

    expect(error).toBeInstanceOf(CatProxiesBudgetExhaustedError)
    expect(error).toMatchObject({ reason: 'exhausted' })
    expect(orderCreations()).toBe(0)
    expect(count429s()).toBe(0)
  })

  it('makes a purchase wait out the hour boundary', async () => {
    fixture.sim.clock.set(new Date('2026-03-01T10:59:59.500Z'))
    fixture.sim.clock.setSpeed(5)

    await fixture.client().createOrder(ispOrder())

    expect(fixture.sim.clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-01T11:00:02.000Z'))
    expect(orderCreations()).toBe(1)
  })
})

describe('429 handling', () => {
  it('blocks the key until the reported reset', async () => {
    fixture.sim.faults.inject({ kind: 'rateLimit', method: 'GET', path: '/store', resetInMs: 30_000 })

    const first = await rejectionOf(fixture.client().listStorePackages({ proxyType: 'Isp' }))
    expect(first).toBeInstanceOf(CatProxiesRateLimitError)
    expect(first).not.toBeInstanceOf(CatProxiesBudgetExhaustedError)

    const blocked = await rejectionOf(fixture.client().createOrder(ispOrder()))
    expect(blocked).toMatchObject({ reason: 'blocked_after_429' })
    expect(orderCreations()).toBe(0)
    // 30 s reset plus the 2 s guard, from a clock that runs in real time.
    const blockedUntilMs = (await usage()).hourly.blockedUntil?.getTime() ?? 0
    expect(blockedUntilMs).toBeGreaterThanOrEqual(Date.parse('2026-03-01T10:24:32.000Z'))
    expect(blockedUntilMs).toBeLessThan(Date.parse('2026-03-01T10:24:34.000Z'))

    fixture.sim.clock.advance(35_000)
    await fixture.client().createOrder(ispOrder())
    expect(orderCreations()).toBe(1)
    expect((await usage()).hourly.blockedUntil).toBeNull()
  })

  it('blocks until the next hour without a reset time', async () => {
    fixture.sim.faults.inject({ kind: 'rateLimit', method: 'GET', path: '/store' })

    await rejectionOf(fixture.client().listStorePackages({ proxyType: 'Isp' }))

    expect((await usage()).hourly.blockedUntil?.toISOString()).toBe('2026-03-01T11:00:02.000Z')
  })
})

describe('read retries', () => {
  it('retries a read after 500s', async () => {
    fixture.sim.faults.inject({ kind: 'error500', method: 'GET', path: '/store', times: 2 })

    const packages = await fixture.client({ random: FAST_RANDOM }).listStorePackages({ proxyType: 'Isp' })

    expect(packages.length).toBeGreaterThan(0)
    expect(storeCalls()).toBe(3)
    expect((await usage()).hourly.used).toBe(3)
  })

  it('gives up after three attempts', async () => {
    fixture.sim.faults.inject({ kind: 'error500', method: 'GET', path: '/store', times: 10 })

    const error = await rejectionOf(fixture.client({ random: FAST_RANDOM }).listStorePackages({ proxyType: 'Isp' }))

    expect(error).toBeInstanceOf(CatProxiesServerError)
    expect(storeCalls()).toBe(3)
  })

  it('waits a jittered backoff between attempts', async () => {
    fixture.sim.faults.inject({ kind: 'error500', method: 'GET', path: '/store', times: 2 })
    const readRetry = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 1_000 }
    const startedAt = performance.now()

    await fixture.client({ readRetry, random: () => 0.999 }).listStorePackages({ proxyType: 'Isp' })

    // random 0.999 gives nearly the full ceiling: about 200 ms, then about 400 ms.
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(590)
  })

  it('never retries an order creation', async () => {
    fixture.sim.faults.inject({ kind: 'error500', method: 'POST', path: '/order', times: 5 })

    const error = await rejectionOf(fixture.client({ random: FAST_RANDOM }).createOrder(ispOrder()))

    expect(error).toBeInstanceOf(CatProxiesServerError)
    expect(orderCreations()).toBe(1)
  })

  it('never retries an order creation that timed out', async () => {
    fixture.sim.faults.inject({ kind: 'timeout', method: 'POST', path: '/order' })

    const error = await rejectionOf(fixture.client({ timeoutMs: 300, random: FAST_RANDOM }).createOrder(ispOrder()))

    expect(error).toBeInstanceOf(CatProxiesNetworkError)
    expect(orderCreations()).toBe(1)
  })

  it('never retries an extension', async () => {
    const order = await fixture.client().createOrder(ispOrder())
    const extendPath = `/order/${order.orderId}/extend`
    fixture.sim.faults.inject({ kind: 'error500', method: 'POST', path: extendPath, times: 5 })

    const error = await rejectionOf(fixture.client({ random: FAST_RANDOM }).extendOrder(order.orderId))

    expect(error).toBeInstanceOf(CatProxiesServerError)
    expect(fixture.sim.requestCount(fixture.apiKey, { method: 'POST', path: extendPath })).toBe(1)
  })

  it('does not retry a budget refusal', async () => {
    await setBudgetUsage(fixture, 'hourly', 800)

    await rejectionOf(fixture.client({ random: FAST_RANDOM }).listStorePackages({ proxyType: 'Isp' }))

    expect((await usage()).hourly.used).toBe(800)
  })
})

describe('mobile targeting bucket', () => {
  it('stops at 60 per window without a 429', async () => {
    const client = fixture.client()
    for (let call = 0; call < 60; call += 1) await client.listMobileCountries()

    const error = await rejectionOf(client.listMobileCountries())

    expect(error).toMatchObject({ reason: 'exhausted', bucket: 'mobileTargeting' })
    expect(fixture.sim.requestCount(fixture.apiKey, { path: '/mobile-targeting-options/countries' })).toBe(60)
    expect(count429s()).toBe(0)
    const current = await usage()
    expect(current.mobileTargeting.used).toBe(60)
    expect(current.hourly.used).toBe(60)
  })

  it('leaves other calls running when spent', async () => {
    await setBudgetUsage(fixture, 'mobileTargeting', 60)

    const error = await rejectionOf(fixture.client().listMobileCountries())
    const packages = await fixture.client().listStorePackages({ proxyType: 'Isp' })

    expect(error).toMatchObject({ bucket: 'mobileTargeting' })
    expect(packages.length).toBeGreaterThan(0)
  })

  it('blocks only the mobile bucket after its 429', async () => {
    // Upstream counted mobile calls this governor never saw.
    fixture.sim.setRateLimitUsage(fixture.apiKey, 'mobileTargeting', 60)

    const first = await rejectionOf(fixture.client().listMobileCountries())
    const second = await rejectionOf(fixture.client().listMobileRegions({ countryId: 1 }))
    await fixture.client().listStorePackages({ proxyType: 'Isp' })

    expect(first).toBeInstanceOf(CatProxiesRateLimitError)
    expect(second).toMatchObject({ reason: 'blocked_after_429', bucket: 'mobileTargeting' })
    const current = await usage()
    expect(current.mobileTargeting.blockedUntil?.toISOString()).toBe('2026-03-01T10:30:02.000Z')
    expect(current.hourly.blockedUntil).toBeNull()
    expect(count429s()).toBe(1)
  })
})
