import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { expectLedgerBalanced, startIspCheckout, waitForOrderStatus } from '@/tests/helpers/purchase'
import { startTestStore, TEST_RESELLER_API_KEY, waitFor, type TestStore } from '@/tests/helpers/test-store'

// Worker processes share the database with this test, which the embedded PGlite cannot.
const skipReason = process.env.TEST_DATABASE_URL ? null : 'worker crash test needs TEST_DATABASE_URL (a real Postgres shared by several processes)'
if (skipReason) console.log(`skipped: ${skipReason}`)

// A dead worker's job is handed out again after JOB_EXPIRE_SECONDS, which must exceed the
// CatProxies client timeout so an order creation still in flight is never retried.
process.env.JOB_EXPIRE_SECONDS = '8'
process.env.JOB_MAINTENANCE_INTERVAL_SECONDS = '1'
const WORKER_TIMEOUT_MS = '4000'

let store: TestStore
const workers: ChildProcess[] = []

beforeAll(async () => {
  if (skipReason) return
  store = await startTestStore({ isWorkerRunning: false })
})

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL')
  await store?.stop()
})

function startWorkerProcess(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: store.databaseUrl,
      CATPROXIES_TIMEOUT_MS: WORKER_TIMEOUT_MS,
      JOB_RETRY_DELAY_SECONDS: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  workers.push(worker)

  return worker
}

it.skipIf(skipReason !== null)('delivers exactly once after the worker dies mid-order', async () => {
  const before = store.catproxies.listOrders(TEST_RESELLER_API_KEY).length
  // The upstream order is created at once, but its reply is held back long enough to kill the worker.
  store.catproxies.faults.inject({ method: 'POST', path: '/order', kind: 'delayAfterCreate', latencyMs: 120_000, times: 1 })
  const firstWorker = startWorkerProcess()
  const { orderId, checkoutSessionId } = await startIspCheckout(store)

  await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
  await waitFor(async () => store.catproxies.listOrders(TEST_RESELLER_API_KEY).length === before + 1, 60_000)
  firstWorker.kill('SIGKILL')
  const killedAt = Date.now()
  const stranded = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
  expect(stranded.status).toBe('PLACING')
  expect(stranded.catproxiesOrderId).toBeNull()

  startWorkerProcess()
  const delivered = await waitForOrderStatus(store, orderId, 'DELIVERED', 90_000)
  console.log(`worker crash: delivered ${Date.now() - killedAt} ms after the kill`)

  expect(store.catproxies.listOrders(TEST_RESELLER_API_KEY).length).toBe(before + 1)
  expect(delivered.catproxiesOrderId).toBe(store.catproxies.listOrders(TEST_RESELLER_API_KEY).at(-1)?.id)
  const timeline = await store.db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' } })
  expect(timeline.map((event) => event.message)).toEqual(
    expect.arrayContaining(['A placement attempt was interrupted; checking with the provider', 'Found the order placed by an earlier attempt']),
  )
  await expectLedgerBalanced(store, orderId)
}, 180_000)
