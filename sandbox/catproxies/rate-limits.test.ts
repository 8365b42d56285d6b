import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createCatProxiesClient, type CatProxiesClient } from '@/lib/catproxies/client'
import { CatProxiesRateLimitError } from '@/lib/catproxies/errors'
import { startCatProxiesSimulator, type CatProxiesSimulator } from './server'

// Per-key budgets: 1000 per UTC hour, and 60 per 10 minutes for mobile targeting.

const KEY = `cp_${'1a'.repeat(32)}`
const OTHER_KEY = `cp_${'2b'.repeat(32)}`
const START = new Date('2025-11-29T20:30:00.000Z')
let sim: CatProxiesSimulator
let client: CatProxiesClient

beforeAll(async () => {
  sim = await startCatProxiesSimulator({
    accounts: [{ apiKey: KEY, balanceMinor: 0 }, { apiKey: OTHER_KEY, balanceMinor: 0 }],
    autoProvisionKeys: false,
    clockSpeed: 0,
  })
  client = createCatProxiesClient({ apiKey: KEY, baseUrl: sim.baseUrl, logger: pino({ level: 'silent' }) })
})

afterAll(async () => {
  await sim.close()
})

let testIndex = 0

beforeEach(() => {
  // Each test starts two hours after the previous one, so in fresh windows of both buckets.
  testIndex += 1
  sim.clock.set(new Date(START.getTime() + testIndex * 2 * 60 * 60 * 1000))
})

describe('hourly bucket', () => {
  it('reports usage and the next top of the hour', async () => {
    await client.getAccount()
    const account = await client.getAccount()
    const nextHour = Math.ceil((sim.clock.nowMs() + 1) / 3_600_000) * 3_600_000

    expect(account.rateLimits).toMatchObject({ requestsPerHour: 1000, requestsUsed: 2, requestsRemaining: 998 })
    expect(account.rateLimits?.resetAt.getTime()).toBe(nextHour)
  })

  it('returns 429 after 1000 requests', async () => {
    sim.setRateLimitUsage(KEY, 'hourly', 999)
    await client.getAccount()
    const error = await client.getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesRateLimitError)
    expect((error as CatProxiesRateLimitError).resetAt?.getUTCMinutes()).toBe(0)
  })

  it('resets at the top of the hour', async () => {
    sim.setRateLimitUsage(KEY, 'hourly', 1000)
    await expect(client.getAccount()).rejects.toBeInstanceOf(CatProxiesRateLimitError)

    const resetAt = Math.ceil((sim.clock.nowMs() + 1) / 3_600_000) * 3_600_000
    sim.clock.set(new Date(resetAt))
    expect((await client.getAccount()).rateLimits?.requestsUsed).toBe(1)
  })

  it('keeps keys apart', async () => {
    sim.setRateLimitUsage(KEY, 'hourly', 1000)

    await expect(createCatProxiesClient({ apiKey: OTHER_KEY, baseUrl: sim.baseUrl, logger: pino({ level: 'silent' }) }).getAccount()).resolves.toBeDefined()
  })
})

describe('mobile targeting bucket', () => {
  it('allows 60 calls per 10 minutes across the four endpoints', async () => {
    for (let call = 0; call < 15; call += 1) {
      await client.listMobileCountries()
      await client.listMobileRegions({ countryId: 1 })
      await client.listMobileCities({ countryId: 1, regionId: 11 })
      await client.listMobileIsps({ countryId: 1 })
    }
    const error = await client.listMobileCountries().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesRateLimitError)
    expect((error as CatProxiesRateLimitError).upstreamMessage).toContain('mobile targeting')
    expect(sim.requestCount(KEY, { path: /^\/mobile-targeting-options\// })).toBeGreaterThanOrEqual(61)
  })

  it('leaves other endpoints usable', async () => {
    sim.setRateLimitUsage(KEY, 'mobileTargeting', 60)

    await expect(client.listMobileCountries()).rejects.toBeInstanceOf(CatProxiesRateLimitError)
    await expect(client.getAccount()).resolves.toBeDefined()
  })

  it('resets after the 10-minute window', async () => {
    sim.setRateLimitUsage(KEY, 'mobileTargeting', 60)
    sim.clock.advance(10 * 60 * 1000)

    await expect(client.listMobileCountries()).resolves.toHaveLength(3)
  })

  it('also spends the hourly bucket', async () => {
    const before = (await client.getAccount()).rateLimits?.requestsUsed ?? 0
    await client.listMobileCountries()

    expect((await client.getAccount()).rateLimits?.requestsUsed).toBe(before + 2)
  })
})
