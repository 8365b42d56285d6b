import { randomBytes } from 'node:crypto'
import pino from 'pino'

import { createGovernedCatProxiesClient, type GovernedClientOptions } from '@/lib/catproxies/governor/governed-client'
import { observeUpstreamResponses, type UpstreamResponseEvent } from '@/lib/catproxies/governor/governor-settings'
import { fingerprintApiKey } from '@/lib/catproxies/governor/key-fingerprint'
import { createAcceleratedClock, setUpstreamClock, systemClock } from '@/lib/catproxies/governor/upstream-clock'
import { encryptSecret } from '@/lib/crypto/secret-box'
import type { Database } from '@/lib/db/prisma'
import { STOREFRONT_TENANT_SELECT, type StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'
import { startCatProxiesSimulator, type CatProxiesSimulator } from '@/sandbox/catproxies/server'
import { createTestDatabase } from '@/tests/helpers/test-database'

export const UPSTREAM_TEST_API_KEY = `cp_${'5e'.repeat(32)}`
/** Mid-hour and mid-10-minute-window, so no window boundary falls inside a test by accident. */
export const UPSTREAM_TEST_CLOCK_START = new Date('2026-03-01T10:24:00.000Z')

export const silentLogger = pino({ level: 'silent' })

/**
 * Starts a database, a CatProxies simulator on loopback and one tenant holding the
 * simulator's key, without Stripe or Next.js. The process-wide upstream clock follows the simulator's
 * clock, so tests move time for the governor, the cache and upstream together.
 */
export async function startUpstreamFixture() {
  process.env.SECRETS_KEY ??= randomBytes(32).toString('base64')
  const database = await createTestDatabase()
  const tenant: StorefrontTenant = await database.db.tenant.create({
    data: {
      slug: `upstream-${randomBytes(3).toString('hex')}`,
      name: 'Upstream Test Proxies',
      catproxiesApiKeyCiphertext: encryptSecret(UPSTREAM_TEST_API_KEY),
      stripeSecretKeyCiphertext: encryptSecret('sk_test_upstreamFixture01'),
    },
    select: STOREFRONT_TENANT_SELECT,
  })

  const responses: UpstreamResponseEvent[] = []
  const stopObserving = observeUpstreamResponses((event) => responses.push(event))

  const fixture = {
    db: database.db,
    url: database.url,
    tenant,
    apiKey: UPSTREAM_TEST_API_KEY,
    /** Replaced by reset(), so request counts start from zero in every test. */
    sim: await startFreshSimulator(),
    /** Every reply a governed client received in this process since the last reset. */
    responses,
    /** A governed client on the fixture's database, or on another instance's `db`. */
    client: (options: Partial<GovernedClientOptions> = {}) =>
      createGovernedCatProxiesClient({
        db: database.db,
        apiKey: UPSTREAM_TEST_API_KEY,
        baseUrl: fixture.sim.baseUrl,
        clock: createAcceleratedClock(fixture.sim.clock),
        logger: silentLogger,
        timeoutMs: 2_000,
        ...options,
      }),
    /** Starts a new simulator and empties the budget rows, the cache and `responses`. */
    reset: async () => {
      await fixture.sim.close()
      fixture.sim = await startFreshSimulator()
      responses.length = 0
      await database.db.upstreamRateBucket.deleteMany({})
      await database.db.upstreamCacheEntry.deleteMany({})
    },
    stop: async () => {
      stopObserving()
      setUpstreamClock(systemClock)
      await fixture.sim.close()
      await database.drop()
    },
  }

  return fixture
}

// The process-wide upstream clock follows the new simulator's clock.
async function startFreshSimulator(): Promise<CatProxiesSimulator> {
  const sim = await startCatProxiesSimulator({
    accounts: [{ apiKey: UPSTREAM_TEST_API_KEY, balanceMinor: 1_000_00 }],
    autoProvisionKeys: false,
    clockStart: UPSTREAM_TEST_CLOCK_START,
  })
  process.env.CATPROXIES_API_BASE_URL = sim.baseUrl
  setUpstreamClock(createAcceleratedClock(sim.clock))

  return sim
}

export type UpstreamFixture = Awaited<ReturnType<typeof startUpstreamFixture>>

/** Sets the governor's count of a bucket for the simulator's current window, and the simulator's to match. */
export async function setBudgetUsage(fixture: UpstreamFixture, bucket: 'hourly' | 'mobileTargeting', used: number, db: Database = fixture.db) {
  const windowMs = bucket === 'hourly' ? 3_600_000 : 600_000
  const nowMs = fixture.sim.clock.nowMs()
  const windowStartsAt = new Date(Math.floor(nowMs / windowMs) * windowMs)
  const storedBucket = bucket === 'hourly' ? 'hourly' : 'mobile_targeting'
  const limit = bucket === 'hourly' ? 1000 : 60

  await db.upstreamRateBucket.upsert({
    where: { keyFingerprint_bucket: { keyFingerprint: fingerprintApiKey(fixture.apiKey), bucket: storedBucket } },
    create: { keyFingerprint: fingerprintApiKey(fixture.apiKey), bucket: storedBucket, windowStartsAt, used, limit },
    update: { windowStartsAt, used, blockedUntil: null },
  })
  fixture.sim.setRateLimitUsage(fixture.apiKey, bucket, used)
}
