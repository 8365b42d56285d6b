// Counts CatProxies requests per purchase, per 1000 catalogue views, and 429s, at a
// steady purchase rate for one key. Drives the real lib functions (createCheckout, the
// Stripe simulator's payment, the webhook route, the fulfilment job) against the
// CatProxies simulator. Its clock runs `--speed` times faster than real time, and the
// rate governor and the cache run on that clock too. Counts come from the simulator's log.
//
//   npm run bench:upstream -- --hours 2 --speed 30 --purchases-per-hour 450 --views-per-hour 13500
//
// Uses TEST_DATABASE_URL (a loopback Postgres server) when set, else the embedded database.
import { parseArgs } from 'node:util'

import { describeMachine } from '@/bench/machine-info'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { getUpstreamBudgetUsage } from '@/lib/catproxies/governor/get-upstream-budget-usage'
import { observeUpstreamResponses } from '@/lib/catproxies/governor/governor-settings'
import { createAcceleratedClock, setUpstreamClock } from '@/lib/catproxies/governor/upstream-clock'
import type { OrderStatus } from '@/lib/generated/prisma/client'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { settleBackgroundRefreshes } from '@/lib/upstream-cache/read-through-cache'
import { startTestStore, TEST_RESELLER_API_KEY, waitFor, type TestStore } from '@/tests/helpers/test-store'

const HOUR_MS = 3_600_000
// Just after the top of an hour (past the governor's 2 s boundary guard), so each
// simulated hour is one upstream budget window.
const SIMULATION_START = new Date('2026-03-02T09:00:05.000Z')

const { values } = parseArgs({
  options: {
    hours: { type: 'string', default: '2' },
    speed: { type: 'string', default: '30' },
    'purchases-per-hour': { type: 'string', default: '450' },
    'views-per-hour': { type: 'string', default: '13500' },
  },
})
const hours = Number(values.hours)
const speed = Number(values.speed)
const purchasesPerHour = Number(values['purchases-per-hour'])
const viewsPerHour = Number(values['views-per-hour'])

async function main() {
  const store = await startTestStore({ balanceMinor: 10_000_000_00 })
  const sim = store.catproxies
  sim.clock.set(SIMULATION_START)
  sim.clock.setSpeed(speed)
  setUpstreamClock(createAcceleratedClock(sim.clock))
  const statuses = new Map<number | null, number>()
  observeUpstreamResponses((event) => statuses.set(event.status, (statuses.get(event.status) ?? 0) + 1))

  const startMs = sim.clock.nowMs()
  const endMs = startMs + hours * HOUR_MS
  const purchaseCount = Math.round(hours * purchasesPerHour)
  const viewCount = Math.round(hours * viewsPerHour)
  const orderIds: Promise<string | null>[] = []
  const views: Promise<unknown>[] = []
  let maxHourlyUsed = 0
  let nextSampleMs = startMs
  console.log(`simulating ${hours} h at ${speed}x: ${purchaseCount} purchases, ${viewCount} catalogue views`)

  for (;;) {
    const nowMs = sim.clock.nowMs()
    if (nowMs >= endMs) break
    while (orderIds.length < purchaseCount && startMs + (orderIds.length * HOUR_MS) / purchasesPerHour <= nowMs) orderIds.push(purchase(store))
    while (views.length < viewCount && startMs + (views.length * HOUR_MS) / viewsPerHour <= nowMs) views.push(viewCatalogue(store))
    if (nowMs >= nextSampleMs) {
      const usage = await getUpstreamBudgetUsage({ db: store.db, apiKey: TEST_RESELLER_API_KEY })
      maxHourlyUsed = Math.max(maxHourlyUsed, usage.hourly.used)
      nextSampleMs = nowMs + 30_000
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }

  const placed = (await Promise.all(orderIds)).filter((id): id is string => id !== null)
  await Promise.allSettled(views)
  await settleBackgroundRefreshes()
  const outcomes = await waitForOrders(store, placed)
  const finalUsage = await getUpstreamBudgetUsage({ db: store.db, apiKey: TEST_RESELLER_API_KEY })
  maxHourlyUsed = Math.max(maxHourlyUsed, finalUsage.hourly.used)

  report({ store, placed, outcomes, viewCount: views.length, statuses, maxHourlyUsed, startMs })
  await store.stop()
}

async function purchase(store: TestStore): Promise<string | null> {
  try {
    const [ispPackage] = await listRetailPackages({ db: store.db, tenant: store.tenant, proxyType: 'Isp' })
    if (!ispPackage) throw new Error('the simulator catalogue has no ISP package')
    const { orderId } = await createCheckout({
      db: store.db,
      tenant: store.tenant,
      customer: store.customer,
      request: { proxyType: 'Isp', packageId: ispPackage.packageId, countryId: ispPackage.locations[0]?.id ?? 0, quantity: ispPackage.minQuantity },
      origin: 'http://shop.test',
      log: logger,
    })
    const { checkoutSessionId } = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
    store.stripeSimulator.completeCheckoutSession(checkoutSessionId ?? '')

    return orderId
  } catch (error) {
    console.error('checkout failed:', error instanceof Error ? error.message : error)

    return null
  }
}

async function viewCatalogue(store: TestStore): Promise<void> {
  await listRetailPackages({ db: store.db, tenant: store.tenant, proxyType: 'Isp' }).catch((error: unknown) => {
    console.error('catalogue view failed:', error instanceof Error ? error.message : error)
  })
}

async function waitForOrders(store: TestStore, orderIds: string[]): Promise<Map<string, number>> {
  const terminal: OrderStatus[] = ['DELIVERED', 'REFUNDED', 'NEEDS_ATTENTION']
  await waitFor(async () => (await store.db.order.count({ where: { id: { in: orderIds }, status: { notIn: terminal } } })) === 0, 180_000).catch(() => {
    console.error('some orders did not finish within 180 s')
  })
  const groups = await store.db.order.groupBy({ by: ['status'], where: { id: { in: orderIds } }, _count: true })

  return new Map(groups.map((group) => [group.status, group._count]))
}

type ReportInput = {
  store: TestStore
  placed: string[]
  outcomes: Map<string, number>
  viewCount: number
  statuses: Map<number | null, number>
  maxHourlyUsed: number
  startMs: number
}

function report({ store, placed, outcomes, viewCount, statuses, maxHourlyUsed, startMs }: ReportInput) {
  const count = (filter: Parameters<TestStore['catproxies']['requestCount']>[1]) => store.catproxies.requestCount(TEST_RESELLER_API_KEY, filter)
  const calls = {
    createOrder: count({ method: 'POST', path: '/order' }),
    getOrder: count({ method: 'GET', path: /^\/order\/[^/]+$/ }),
    account: count({ method: 'GET', path: '/account' }),
    listOrders: count({ method: 'GET', path: '/orders' }),
    store: count({ method: 'GET', path: '/store' }),
    total: count({}),
  }
  // Upstream's windows are UTC hours. The extra last window counts orders retried after the run.
  const firstHourMs = Math.floor(startMs / HOUR_MS) * HOUR_MS
  const perHour = Array.from({ length: Math.ceil(hours) + 1 }, (_, hour) => {
    const windowStartMs = firstHourMs + hour * HOUR_MS

    return { hourStartsAt: new Date(windowStartMs).toISOString(), requests: count({ since: new Date(windowStartMs) }) - count({ since: new Date(windowStartMs + HOUR_MS) }) }
  })
  const delivered = outcomes.get('DELIVERED') ?? 0
  const purchaseCalls = calls.total - calls.store

  console.log(JSON.stringify({
    machine: describeMachine(),
    settings: { hours, speed, purchasesPerHour, viewsPerHour, database: process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded' },
    purchases: { started: placed.length, outcomes: Object.fromEntries(outcomes) },
    upstreamCalls: calls,
    requestsPerUtcHour: perHour,
    maxHourlyUsedByGovernor: maxHourlyUsed,
    repliesByStatus: Object.fromEntries(statuses),
    callsPerDeliveredPurchase: delivered === 0 ? null : Number((purchaseCalls / delivered).toFixed(3)),
    storeCallsPer1000Views: Number(((calls.store / viewCount) * 1000).toFixed(3)),
    http429: statuses.get(429) ?? 0,
  }, null, 2))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
