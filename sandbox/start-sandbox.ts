import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrate'
import { createDatabase } from '@/lib/db/prisma'
import type { Logger } from '@/lib/logger'
import { createStripeClient } from '@/lib/payments/stripe-client'
import { DEMO_RESELLER_API_KEY } from '@/sandbox/catproxies/fixtures'
import { startCatProxiesSimulator, type CatProxiesSimulator } from '@/sandbox/catproxies/server'
import { DEMO_STRIPE_SECRET_KEY, seedDemoTenant, setTenantWebhookSecret } from '@/sandbox/seed-demo-tenant'
import { startStripeSimulator, type StripeSimulator } from '@/sandbox/stripe/server'

export type StartSandboxOptions = {
  appPort: number
  /** Folder for the embedded database and generated sandbox secrets. */
  dataDir: string
  /** Use this Postgres instead of the embedded one. */
  databaseUrl?: string
  /** Keep the embedded database in memory (tests); otherwise it lives in dataDir. */
  isDatabaseInMemory?: boolean
  /** `dev` compiles pages on demand; `start` builds once and serves the production build. */
  nextCommand: 'dev' | 'start'
  /** Next.js build folder, so a test server and a developer's server do not collide. */
  nextDistDir?: string
  catproxiesPort?: number
  stripePort?: number
  logger: Logger
}

export type Sandbox = {
  appUrl: string
  databaseUrl: string
  demoTenantId: string
  catproxies: CatProxiesSimulator
  stripeSimulator: StripeSimulator
  stop: () => Promise<void>
}

const DEMO_HOSTS = ['localhost', '127.0.0.1']

/**
 * Starts the whole store on loopback: database (embedded PGlite unless a URL is given),
 * migrations, the CatProxies and Stripe simulators, the demo tenant, and Next.js.
 */
export async function startSandbox(options: StartSandboxOptions): Promise<Sandbox> {
  const { logger } = options
  mkdirSync(options.dataDir, { recursive: true })
  const secrets = loadOrCreateSandboxSecrets(options.dataDir)
  process.env.SECRETS_KEY = secrets.secretsKey

  let embedded: EmbeddedPostgres | undefined
  let databaseUrl = options.databaseUrl
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.isDatabaseInMemory ? undefined : path.join(options.dataDir, 'pglite'),
    })
    databaseUrl = embedded.connectionString
    logger.info({ databaseUrl }, 'embedded Postgres (PGlite) started')
  }

  const migrations = await applyMigrations({ connectionString: databaseUrl, logger })
  logger.info({ applied: migrations.applied.length }, 'database migrated')

  const catproxies = await startCatProxiesSimulator({
    port: options.catproxiesPort ?? 0,
    accounts: [{ apiKey: DEMO_RESELLER_API_KEY, balanceMinor: 500_00 }],
    autoProvisionKeys: true,
    logger,
  })
  const stripeSimulator = await startStripeSimulator({ port: options.stripePort ?? 0, logger })
  logger.info({ catproxies: catproxies.baseUrl, stripe: stripeSimulator.url }, 'simulators started')

  const appUrl = `http://localhost:${options.appPort}`
  const db = createDatabase(databaseUrl, { poolSize: 1 })
  const tenant = await seedDemoTenant({ db, hosts: DEMO_HOSTS, catproxiesApiKey: DEMO_RESELLER_API_KEY })
  const stripe = createStripeClient({ secretKey: DEMO_STRIPE_SECRET_KEY, apiBaseUrl: stripeSimulator.url })
  const endpoint = await stripe.webhookEndpoints.create({
    url: `http://127.0.0.1:${options.appPort}/api/stripe/webhook/${tenant.id}`,
    enabled_events: ['*'],
  })
  await setTenantWebhookSecret({ db, tenantId: tenant.id, webhookSecret: endpoint.secret ?? '' })
  await db.$disconnect()

  const env = {
    ...process.env,
    STOREFRONT_MODE: 'sandbox',
    DATABASE_URL: databaseUrl,
    SECRETS_KEY: secrets.secretsKey,
    NEXTAUTH_SECRET: secrets.nextAuthSecret,
    AUTH_TRUST_HOST: 'true',
    CATPROXIES_API_BASE_URL: catproxies.baseUrl,
    CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL: catproxies.snapshotUrl,
    STRIPE_API_BASE_URL: stripeSimulator.url,
    NEXT_DIST_DIR: options.nextDistDir ?? '.next',
    NEXT_TELEMETRY_DISABLED: '1',
    STOREFRONT_IN_APP_WORKER: '1',
    JOB_RETRY_DELAY_SECONDS: process.env.JOB_RETRY_DELAY_SECONDS ?? '2',
    JOB_EXPIRE_SECONDS: process.env.JOB_EXPIRE_SECONDS ?? '30',
    JOB_MAINTENANCE_INTERVAL_SECONDS: process.env.JOB_MAINTENANCE_INTERVAL_SECONDS ?? '10',
    // Ten fulfilment jobs at once keep webhook-to-credentials latency low under bursts;
    // the pool is sized for them plus page requests. The embedded database takes one connection.
    WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '10',
    DATABASE_POOL_SIZE: embedded ? String(EMBEDDED_POOL_SIZE) : (process.env.DATABASE_POOL_SIZE ?? '20'),
  }
  const next = startNext(options, env)
  await waitForHealthy(`${appUrl}/api/health`, next)

  return {
    appUrl,
    databaseUrl,
    demoTenantId: tenant.id,
    catproxies,
    stripeSimulator,
    stop: async () => {
      next.kill('SIGTERM')
      await catproxies.close()
      await stripeSimulator.close()
      await embedded?.stop()
    },
  }
}

function startNext(options: StartSandboxOptions, env: NodeJS.ProcessEnv): ChildProcess {
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')
  if (options.nextCommand === 'start') {
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env })
    if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`)
  }

  return spawn(process.execPath, [nextBin, options.nextCommand, '--port', String(options.appPort), '--hostname', '127.0.0.1'], {
    stdio: 'inherit',
    env,
  })
}

async function waitForHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Next.js exited with code ${child.exitCode} before it was ready`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Next.js did not respond at ${url} within 180 s; check its output above`)
}

type SandboxSecrets = { secretsKey: string; nextAuthSecret: string }

// Generated once per data folder, because the embedded database contains ciphertexts made
// with this key and the two must stay together.
function loadOrCreateSandboxSecrets(dataDir: string): SandboxSecrets {
  const file = path.join(dataDir, 'sandbox-secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SandboxSecrets

  const secrets: SandboxSecrets = {
    secretsKey: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
    nextAuthSecret: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64'),
  }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })

  return secrets
}
