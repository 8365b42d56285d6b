import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { POST as stripeWebhookRoute } from '@/app/api/stripe/webhook/[tenantId]/route'
import { encryptSecret } from '@/lib/crypto/secret-box'
import { setDatabase } from '@/lib/db/prisma'
import { setJobQueue } from '@/lib/jobs/get-job-queue'
import { createJobQueue, startJobQueue } from '@/lib/jobs/job-queue'
import { startWorker } from '@/lib/jobs/start-worker'
import { logger } from '@/lib/logger'
import { registerCustomer } from '@/lib/customers/register-customer'
import { createStripeClient } from '@/lib/payments/stripe-client'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'
import { STOREFRONT_TENANT_SELECT } from '@/lib/tenants/get-tenant-by-host'
import { startCatProxiesSimulator } from '@/sandbox/catproxies/server'
import { setTenantWebhookSecret } from '@/sandbox/seed-demo-tenant'
import { startStripeSimulator } from '@/sandbox/stripe/server'
import { createTestDatabase } from '@/tests/helpers/test-database'

export const TEST_RESELLER_API_KEY = `cp_${'ab'.repeat(32)}`
export const TEST_STRIPE_SECRET_KEY = 'sk_test_integrationStore0001'

/**
 * Starts a complete store without Next.js: a fresh database, both simulators, a tenant with
 * a customer, and a loopback HTTP server that feeds Stripe's webhooks to the real webhook
 * route handler. Everything talks over real HTTP on 127.0.0.1.
 */
export async function startTestStore({ balanceMinor = 1_000_00, isWorkerRunning = true }: { balanceMinor?: number; isWorkerRunning?: boolean } = {}) {
  process.env.SECRETS_KEY ??= randomBytes(32).toString('base64')
  process.env.JOB_RETRY_DELAY_SECONDS ??= '1'
  const database = await createTestDatabase()
  // Route handlers called below use this client too, so the test's and the app's
  // queries share one pool (the embedded database allows one connection at a time).
  setDatabase(database.db, database.pool)
  const jobs = createJobQueue(database.pool)
  await startJobQueue(jobs)
  setJobQueue(jobs)

  const catproxies = await startCatProxiesSimulator({ accounts: [{ apiKey: TEST_RESELLER_API_KEY, balanceMinor }] })
  const stripeSimulator = await startStripeSimulator({ webhookRetryDelaysMs: [200, 500] })
  process.env.CATPROXIES_API_BASE_URL = catproxies.baseUrl
  process.env.STRIPE_API_BASE_URL = stripeSimulator.url

  const receiver = await startWebhookReceiver()
  const { db } = database
  const tenantRow = await db.tenant.create({
    data: {
      slug: `store-${randomBytes(3).toString('hex')}`,
      name: 'Integration Proxies',
      catproxiesApiKeyCiphertext: encryptSecret(TEST_RESELLER_API_KEY),
      stripeSecretKeyCiphertext: encryptSecret(TEST_STRIPE_SECRET_KEY),
      hosts: { create: [{ host: 'shop.test' }] },
    },
    select: STOREFRONT_TENANT_SELECT,
  })
  const tenant: StorefrontTenant = tenantRow
  const stripe = createStripeClient({ secretKey: TEST_STRIPE_SECRET_KEY, apiBaseUrl: stripeSimulator.url })
  const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/${tenant.id}`, enabled_events: ['*'] })
  await setTenantWebhookSecret({ db, tenantId: tenant.id, webhookSecret: endpoint.secret ?? '' })

  const customerRow = await registerCustomer({ db, tenantId: tenant.id, email: 'buyer@example.com', password: 'correct-horse' })
  const customer = { id: customerRow.id, email: customerRow.email, tenantId: tenant.id }
  if (isWorkerRunning) await startWorker({ db, jobs, log: logger, concurrency: 4, reconciliationCron: null })

  return {
    db,
    databaseUrl: database.url,
    jobs,
    tenant,
    customer,
    stripe,
    catproxies,
    stripeSimulator,
    webhookUrl: `${receiver.url}/${tenant.id}`,
    webhookSecret: endpoint.secret ?? '',
    stop: async () => {
      await jobs.stop({ graceful: false, wait: true, timeout: 5_000 })
      await receiver.close()
      await stripeSimulator.close()
      await catproxies.close()
      await database.drop()
    },
  }
}

export type TestStore = Awaited<ReturnType<typeof startTestStore>>

// Adapts Node's request to the Fetch API Request the App Router handler takes.
async function startWebhookReceiver() {
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)

    const tenantId = (request.url ?? '/').slice(1)
    const webRequest = new Request(`http://127.0.0.1${request.url}`, {
      method: 'POST',
      headers: request.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    })
    const webResponse = await stripeWebhookRoute(webRequest, { params: Promise.resolve({ tenantId }) })
    response.writeHead(webResponse.status, { 'content-type': 'application/json' })
    response.end(await webResponse.text())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Polls until `check` returns a value, for asynchronous webhook deliveries. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
