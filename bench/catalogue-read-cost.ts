// Times the data side of the catalogue page in-process, without Next.js: listCatalogue
// (every product family with its countries, as the home page reads it) and
// listRetailPackages for one type, both from a warm Postgres cache. Compare with the
// page's server time from bench/catalogue-throughput.ts to see how much of a page view
// the cache costs.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:catalogue-read -- --calls 500
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { describeMachine } from '@/bench/machine-info'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { encryptSecret } from '@/lib/crypto/secret-box'
import { listCatalogue } from '@/lib/products/list-catalogue'
import { STOREFRONT_TENANT_SELECT } from '@/lib/tenants/get-tenant-by-host'
import { settleBackgroundRefreshes } from '@/lib/upstream-cache/read-through-cache'
import { startCatProxiesSimulator } from '@/sandbox/catproxies/server'
import { createTestDatabase } from '@/tests/helpers/test-database'

const { values } = parseArgs({ options: { calls: { type: 'string', default: '500' } } })
const calls = Number(values.calls)
const API_KEY = `cp_${'7c'.repeat(32)}`

async function main() {
  process.env.SECRETS_KEY ??= randomBytes(32).toString('base64')
  const database = await createTestDatabase()
  const sim = await startCatProxiesSimulator({ accounts: [{ apiKey: API_KEY, balanceMinor: 1_000_00 }] })
  process.env.CATPROXIES_API_BASE_URL = sim.baseUrl
  process.env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL ??= sim.snapshotUrl
  const tenant = await database.db.tenant.create({
    data: {
      slug: `bench-${randomBytes(3).toString('hex')}`,
      name: 'Bench Proxies',
      catproxiesApiKeyCiphertext: encryptSecret(API_KEY),
      stripeSecretKeyCiphertext: encryptSecret('sk_test_benchReadCost01'),
    },
    select: STOREFRONT_TENANT_SELECT,
  })

  const subjects = {
    listCatalogue: () => listCatalogue({ db: database.db, tenant }),
    listRetailPackagesIsp: () => listRetailPackages({ db: database.db, tenant, proxyType: 'Isp' }),
  }
  await subjects.listCatalogue()
  await settleBackgroundRefreshes()
  const upstreamBefore = sim.requestCount(API_KEY)

  const timings: Record<string, number> = {}
  for (const [name, call] of Object.entries(subjects)) {
    for (let warmUp = 0; warmUp < 20; warmUp += 1) await call()
    const startedAt = performance.now()
    for (let index = 0; index < calls; index += 1) await call()
    timings[`${name}MsPerCall`] = Number(((performance.now() - startedAt) / calls).toFixed(2))
  }

  console.log(JSON.stringify({ machine: describeMachine(), calls, ...timings, upstreamRequestsDuringTiming: sim.requestCount(API_KEY) - upstreamBefore }, null, 2))
  await sim.close()
  await database.drop()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
