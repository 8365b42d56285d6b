// Measures fulfilment in sandbox mode: the production Next.js build with its in-app
// worker, both simulators, and a real Postgres.
//   1. Webhook received -> credentials stored, p50 and p95, for 20 concurrent purchases
//      (target: p95 under 3 s). "Received" is when the webhook route recorded the
//      checkout.session.completed event; "stored" is the order's deliveredAt.
//   2. Webhook ingestion rate: signed events posted to the webhook route 20 at a time,
//      each verified, recorded and acknowledged (type payment_intent.created, which has
//      no handler, so this is the cost of the route itself).
//
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:fulfilment
//
// A fresh database is created on that server and dropped afterwards.
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import Stripe from 'stripe'

import { describeMachine } from '@/bench/machine-info'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { decryptSecret } from '@/lib/crypto/secret-box'
import { createDatabase } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { DEMO_CUSTOMER_EMAIL } from '@/sandbox/seed-demo-tenant'
import { startSandbox } from '@/sandbox/start-sandbox'

const PURCHASES = 20
const INGESTED_EVENTS = 1_000
const INGESTION_CONCURRENCY = 20

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (!serverUrl) throw new Error('Set BENCH_DATABASE_URL to a loopback Postgres, e.g. postgresql://postgres@127.0.0.1:5432/postgres')

  const databaseName = `storefront_bench_${randomBytes(4).toString('hex')}`
  await runAdmin(serverUrl, `CREATE DATABASE ${databaseName}`)
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString()
  process.env.LOG_LEVEL ??= 'warn'

  const sandbox = await startSandbox({
    appPort: Number(process.env.BENCH_PORT ?? 3410),
    dataDir: path.resolve('.data', 'bench'),
    databaseUrl,
    nextCommand: 'start',
    nextDistDir: '.next-bench',
    logger,
  })
  process.env.CATPROXIES_API_BASE_URL = sandbox.catproxies.baseUrl
  process.env.STRIPE_API_BASE_URL = sandbox.stripeSimulator.url
  const db = createDatabase(databaseUrl)

  try {
    const latency = await measureFulfilmentLatency({ db, tenantId: sandbox.demoTenantId, sandbox })
    const ingestion = await measureWebhookIngestion({ db, tenantId: sandbox.demoTenantId, appUrl: sandbox.appUrl })
    console.log(JSON.stringify({ machine: describeMachine(), purchases: PURCHASES, ...latency, ...ingestion }, null, 2))
  } finally {
    await db.$disconnect()
    await sandbox.stop()
    await runAdmin(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
  }
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Database = ReturnType<typeof createDatabase>

async function measureFulfilmentLatency({ db, tenantId, sandbox }: { db: Database; tenantId: string; sandbox: Sandbox }) {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } })
  const customerRow = await db.customer.findFirstOrThrow({ where: { tenantId, email: DEMO_CUSTOMER_EMAIL } })
  const customer = { id: customerRow.id, email: customerRow.email, tenantId }
  const [ispPackage] = await listRetailPackages({ db, tenant, proxyType: 'Isp' })
  if (!ispPackage) throw new Error('no ISP package in the simulator catalogue')

  const checkouts = await Promise.all(
    Array.from({ length: PURCHASES }, () =>
      createCheckout({
        db,
        tenant,
        customer,
        request: { proxyType: 'Isp', packageId: ispPackage.packageId, countryId: ispPackage.locations[0]?.id ?? 0, quantity: ispPackage.minQuantity },
        origin: sandbox.appUrl,
        log: logger,
      }),
    ),
  )
  const orders = await db.order.findMany({ where: { id: { in: checkouts.map((checkout) => checkout.orderId) } }, select: { id: true, checkoutSessionId: true } })
  await Promise.all(orders.map((order) => sandbox.stripeSimulator.completeCheckoutSession(order.checkoutSessionId ?? '')))

  const deadline = Date.now() + 120_000
  while ((await db.order.count({ where: { id: { in: orders.map((order) => order.id) }, status: 'DELIVERED' } })) < PURCHASES) {
    if (Date.now() > deadline) throw new Error('orders were not delivered within 120 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  const latenciesMs: number[] = []
  for (const order of orders) {
    const delivered = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { deliveredAt: true } })
    const events = await db.stripeWebhookEvent.findMany({ where: { tenantId, type: 'checkout.session.completed' }, select: { id: true, receivedAt: true } })
    const received = await findReceivedAt({ events, checkoutSessionId: order.checkoutSessionId ?? '', sandbox })
    latenciesMs.push((delivered.deliveredAt?.getTime() ?? 0) - received)
  }
  latenciesMs.sort((left, right) => left - right)

  return {
    webhookToCredentialsMs: { p50: percentile(latenciesMs, 0.5), p95: percentile(latenciesMs, 0.95), max: latenciesMs.at(-1) },
    medianStepMs: await medianStepDurations({ db, orderIds: orders.map((order) => order.id) }),
  }
}

// Median time spent reaching each status from the previous timeline entry, to show where the latency goes.
async function medianStepDurations({ db, orderIds }: { db: Database; orderIds: string[] }) {
  const durations: Record<string, number[]> = {}
  for (const orderId of orderIds) {
    const events = await db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' }, select: { status: true, createdAt: true } })
    events.slice(1).forEach((event, index) => {
      const previous = events[index]
      if (!previous) return
      ;(durations[event.status] ??= []).push(event.createdAt.getTime() - previous.createdAt.getTime())
    })
  }

  return Object.fromEntries(Object.entries(durations).map(([status, values]) => [status, percentile(values.sort((left, right) => left - right), 0.5)]))
}

// The simulator records which event belongs to which session, and our table stores the event id.
async function findReceivedAt({ events, checkoutSessionId, sandbox }: { events: { id: string; receivedAt: Date }[]; checkoutSessionId: string; sandbox: Sandbox }) {
  const secretKey = 'sk_test_demoStorefront0000000000'
  const event = sandbox.stripeSimulator
    .listEvents(secretKey)
    .find((candidate) => candidate.type === 'checkout.session.completed' && (candidate.data.object as { id: string }).id === checkoutSessionId)
  const recorded = events.find((candidate) => candidate.id === event?.id)
  if (!recorded) throw new Error(`no recorded webhook for ${checkoutSessionId}`)

  return recorded.receivedAt.getTime()
}

async function measureWebhookIngestion({ db, tenantId, appUrl }: { db: Database; tenantId: string; appUrl: string }) {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { stripeWebhookSecretCiphertext: true } })
  const secret = decryptSecret(tenant.stripeWebhookSecretCiphertext ?? '')
  const payloads = Array.from({ length: INGESTED_EVENTS }, (_, index) =>
    JSON.stringify({ id: `evt_bench_${index}_${randomBytes(4).toString('hex')}`, object: 'event', type: 'payment_intent.created', data: { object: { id: `pi_bench_${index}` } } }),
  )

  let next = 0
  let failures = 0
  const startedAt = performance.now()
  await Promise.all(
    Array.from({ length: INGESTION_CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const payload = payloads[next++] ?? ''
        const response = await fetch(`${appUrl}/api/stripe/webhook/${tenantId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
          body: payload,
        })
        if (!response.ok) failures += 1
        await response.arrayBuffer()
      }
    }),
  )
  const seconds = (performance.now() - startedAt) / 1000

  return { webhookIngestion: { events: INGESTED_EVENTS, concurrency: INGESTION_CONCURRENCY, eventsPerSecond: Math.round(INGESTED_EVENTS / seconds), failures } }
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN
}

async function runAdmin(connectionString: string, sql: string) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  await client.query(sql)
  await client.end()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
