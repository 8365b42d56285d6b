import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logger } from '@/lib/logger'
import { runReconciliation } from '@/lib/reconciliation/run-reconciliation'
import { expectLedgerBalanced, startIspCheckout, waitForOrderStatus } from '@/tests/helpers/purchase'
import { startTestStore, TEST_RESELLER_API_KEY, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore()
})

afterAll(async () => {
  await store?.stop()
})

const inOneHour = () => new Date(Date.now() + 60 * 60 * 1000)

describe('reconciliation', () => {
  it('delivers a paid order whose webhook was lost', async () => {
    const { orderId, checkoutSessionId } = await startIspCheckout(store)
    const { data: endpoints } = await store.stripe.webhookEndpoints.list()
    for (const endpoint of endpoints) await store.stripe.webhookEndpoints.update(endpoint.id, { disabled: true })
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    for (const endpoint of endpoints) await store.stripe.webhookEndpoints.update(endpoint.id, { disabled: false })
    expect((await store.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('AWAITING_PAYMENT')

    const findings = await runReconciliation({ db: store.db, jobs: store.jobs, tenantId: store.tenant.id, log: logger, now: inOneHour() })

    expect(findings).toContainEqual(expect.objectContaining({ kind: 'payment_not_recorded', action: 'synced', orderId }))
    await waitForOrderStatus(store, orderId, 'DELIVERED')
    await expectLedgerBalanced(store, orderId)
  })

  it('flags an upstream order that no paid order links to', async () => {
    const stray = await fetch(`${store.catproxies.baseUrl}/order`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_RESELLER_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ packageId: store.catproxies.listOrders(TEST_RESELLER_API_KEY)[0]?.packageId, ispData: { quantity: 1 } }),
    })
    expect(stray.status).toBe(200)
    const strayId = store.catproxies.listOrders(TEST_RESELLER_API_KEY).at(-1)?.id

    const findings = await runReconciliation({ db: store.db, jobs: store.jobs, tenantId: store.tenant.id, log: logger, now: inOneHour() })

    expect(findings).toContainEqual(expect.objectContaining({ kind: 'placed_not_paid', action: 'flagged', catproxiesOrderId: strayId }))
    const alert = await store.db.resellerAlert.findFirst({ where: { tenantId: store.tenant.id, kind: 'reconciliation_finding', message: { contains: strayId ?? '-' } } })
    expect(alert).not.toBeNull()
  })

  it('records the run with its findings', async () => {
    await runReconciliation({ db: store.db, jobs: store.jobs, tenantId: store.tenant.id, log: logger })

    const run = await store.db.reconciliationRun.findFirst({ where: { tenantId: store.tenant.id }, orderBy: { startedAt: 'desc' } })
    expect(run?.finishedAt).not.toBeNull()
    expect(Array.isArray(run?.findings)).toBe(true)
  })
})
