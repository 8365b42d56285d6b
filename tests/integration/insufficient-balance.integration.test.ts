import { afterAll, beforeAll, expect, it } from 'vitest'

import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { startTestStore, TEST_RESELLER_API_KEY, waitFor, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore({ balanceMinor: 1 })
})

afterAll(async () => {
  await store?.stop()
})

it('flags the order when the reseller balance is short', async () => {
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

  await store.stripeSimulator.completeCheckoutSession(checkoutSessionId ?? '')
  const order = await waitFor(async () => {
    const current = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
    return current.status === 'NEEDS_ATTENTION' ? current : null
  })

  expect(order.failureReason).toBe('The reseller balance at CatProxies is too low for this order.')
  expect(order.catproxiesOrderId).toBeNull()
  expect(store.catproxies.listOrders(TEST_RESELLER_API_KEY)).toHaveLength(0)
  expect(store.catproxies.getBalanceMinor(TEST_RESELLER_API_KEY)).toBe(1)
  const kinds = (await store.db.ledgerEntry.findMany({ where: { orderId } })).map((entry) => entry.kind)
  expect(kinds).toEqual(['CUSTOMER_PAYMENT'])
})
