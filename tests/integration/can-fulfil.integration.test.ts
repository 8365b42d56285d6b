import { afterAll, beforeAll, expect, it } from 'vitest'

import { startIspCheckout, waitForOrderStatus } from '@/tests/helpers/purchase'
import { startTestStore, TEST_RESELLER_API_KEY, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore()
})

afterAll(async () => {
  await store?.stop()
})

it('refuses a checkout the reseller balance cannot cover', async () => {
  const first = await startIspCheckout(store)
  const { upstreamCostMinor } = await store.db.order.findUniqueOrThrow({ where: { id: first.orderId } })
  // Room for the open checkout above and half of another one; drop the cached balance so it is read again.
  store.catproxies.setBalanceMinor(TEST_RESELLER_API_KEY, Math.floor(upstreamCostMinor * 1.5))
  await store.db.upstreamCacheEntry.deleteMany({ where: { tenantId: store.tenant.id, cacheKey: 'account:balance' } })
  const ordersBefore = await store.db.order.count()
  const sessionsBefore = (await store.stripe.checkout.sessions.list({ limit: 100 })).data.length

  await expect(startIspCheckout(store)).rejects.toMatchObject({
    code: 'temporarily_unavailable',
    userMessage: 'This item is temporarily unavailable. You have not been charged; please try again later.',
  })

  expect(await store.db.order.count()).toBe(ordersBefore)
  expect((await store.stripe.checkout.sessions.list({ limit: 100 })).data.length).toBe(sessionsBefore)
})

it('accepts the checkout again once the open one expires', async () => {
  const open = await store.db.order.findFirstOrThrow({ where: { tenantId: store.tenant.id, status: 'AWAITING_PAYMENT' } })
  await store.stripeSimulator.expireCheckoutSession(open.checkoutSessionId ?? '')
  await waitForOrderStatus(store, open.id, 'EXPIRED')

  const next = await startIspCheckout(store)

  expect(next.checkoutSessionId).toMatch(/^cs_/)
})
