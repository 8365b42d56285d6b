import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { clearCatalogueCache, listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { openCredentials } from '@/lib/orders/proxy-credentials'
import { startTestStore, TEST_RESELLER_API_KEY, TEST_STRIPE_SECRET_KEY, waitFor, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore
let ispPackage: RetailPackage

beforeAll(async () => {
  store = await startTestStore()
  const packages = await listRetailPackages({ db: store.db, tenant: store.tenant, proxyType: 'Isp' })
  const first = packages[0]
  if (!first) throw new Error('the simulator catalogue has no ISP package')
  ispPackage = first
})

afterAll(async () => {
  await store?.stop()
})

beforeEach(async () => {
  await clearCatalogueCache({ db: store.db, tenantId: store.tenant.id })
})

async function startCheckout(quantity = ispPackage.minQuantity) {
  const countryId = ispPackage.locations[0]?.id ?? 0
  return createCheckout({
    db: store.db,
    tenant: store.tenant,
    customer: store.customer,
    request: { proxyType: 'Isp', packageId: ispPackage.packageId, countryId, quantity },
    origin: 'http://shop.test',
    log: logger,
  })
}

async function checkoutSessionIdOf(orderId: string): Promise<string> {
  const order = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
  if (!order.checkoutSessionId) throw new Error(`order ${orderId} has no Checkout Session`)
  return order.checkoutSessionId
}

function findCompletedEvent(checkoutSessionId: string) {
  return store.stripeSimulator
    .listEvents(TEST_STRIPE_SECRET_KEY)
    .find((event) => event.type === 'checkout.session.completed' && (event.data.object as { id: string }).id === checkoutSessionId)
}

async function postWebhook(payload: string, signature: string) {
  return fetch(store.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload })
}

async function waitForStatus(orderId: string, status: string) {
  return waitFor(async () => {
    const order = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
    return order.status === status ? order : null
  })
}

describe('fulfilment', () => {
  it('delivers credentials and writes the ledger', async () => {
    const balanceBefore = store.catproxies.getBalanceMinor(TEST_RESELLER_API_KEY)
    const { orderId } = await startCheckout()
    const checkoutSessionId = await checkoutSessionIdOf(orderId)

    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    const order = await waitForStatus(orderId, 'DELIVERED')

    const entries = await store.db.ledgerEntry.findMany({ where: { tenantId: store.tenant.id, orderId }, orderBy: { kind: 'asc' } })
    expect(entries.map((entry) => [entry.kind, entry.amountMinor])).toEqual([
      ['CUSTOMER_PAYMENT', order.totalMinor],
      ['UPSTREAM_COST', -order.upstreamCostMinor],
    ])
    expect(order.totalMinor).toBe(ispPackage.unitPriceMinor * ispPackage.minQuantity)
    expect(store.catproxies.getBalanceMinor(TEST_RESELLER_API_KEY)).toBe(balanceBefore - order.upstreamCostMinor)
    expect(order.catproxiesOrderId).toBeTruthy()

    const credentials = openCredentials(order.credentialsCiphertext ?? '')
    expect(credentials.proxies).toHaveLength(ispPackage.minQuantity)
    expect(order.credentialsCiphertext).not.toContain(credentials.proxies[0]?.password ?? '')

    const payment = await store.db.payment.findUniqueOrThrow({ where: { checkoutSessionId } })
    expect(payment.status).toBe('SUCCEEDED')
    expect(payment.paymentIntentId).toMatch(/^pi_/)
  })

  it('places one upstream order when a webhook repeats', async () => {
    const ordersBefore = store.catproxies.listOrders(TEST_RESELLER_API_KEY).length
    const { orderId } = await startCheckout()
    const checkoutSessionId = await checkoutSessionIdOf(orderId)
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    await waitForStatus(orderId, 'DELIVERED')

    const completed = findCompletedEvent(checkoutSessionId)
    expect(completed).toBeDefined()
    await store.stripeSimulator.resendEvent(completed?.id ?? '')
    await store.stripeSimulator.resendEvent(completed?.id ?? '')

    const recorded = await waitFor(async () => {
      const event = await store.db.stripeWebhookEvent.findUnique({ where: { id: completed?.id ?? '' } })
      return event?.processedAt ? event : null
    })
    expect(recorded.outcome).toBe('paid')
    expect(store.catproxies.listOrders(TEST_RESELLER_API_KEY).length).toBe(ordersBefore + 1)
    const ledger = await store.db.ledgerEntry.count({ where: { orderId } })
    expect(ledger).toBe(2)
  })
})

describe('webhook deliveries', () => {
  it('places one order for five concurrent copies', async () => {
    const ordersBefore = store.catproxies.listOrders(TEST_RESELLER_API_KEY).length
    const { orderId } = await startCheckout()
    const checkoutSessionId = await checkoutSessionIdOf(orderId)
    // Pay without delivering, so the five copies below are the first deliveries.
    await store.db.stripeWebhookEvent.deleteMany({})
    await store.stripe.webhookEndpoints.list().then(async ({ data }) => {
      for (const endpoint of data) await store.stripe.webhookEndpoints.del(endpoint.id)
    })
    await store.stripeSimulator.completeCheckoutSession(checkoutSessionId)
    const event = findCompletedEvent(checkoutSessionId)
    const payload = JSON.stringify(event)
    const signature = store.stripe.webhooks.generateTestHeaderString({ payload, secret: store.webhookSecret })

    const responses = await Promise.all(Array.from({ length: 5 }, () => postWebhook(payload, signature)))

    const bodies = await Promise.all(responses.map((response) => response.text()))
    expect(responses.map((response) => response.status), bodies.join("\n")).toEqual([200, 200, 200, 200, 200])
    await waitForStatus(orderId, 'DELIVERED')
    expect(store.catproxies.listOrders(TEST_RESELLER_API_KEY).length).toBe(ordersBefore + 1)
    expect(await store.db.ledgerEntry.count({ where: { orderId, kind: 'UPSTREAM_COST' } })).toBe(1)
    expect(await store.db.ledgerEntry.count({ where: { orderId, kind: 'CUSTOMER_PAYMENT' } })).toBe(1)
  })

  it('rejects a bad signature and writes nothing', async () => {
    const eventsBefore = await store.db.stripeWebhookEvent.count()
    const payload = JSON.stringify({ id: 'evt_forged', type: 'checkout.session.completed', data: { object: { id: 'cs_forged' } } })
    const signature = store.stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' })

    const response = await postWebhook(payload, signature)

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { code: 'invalid_input', message: 'Stripe signature verification failed', field: 'stripe-signature' },
    })
    expect(await store.db.stripeWebhookEvent.count()).toBe(eventsBefore)
  })

  it('rejects a missing signature with 400', async () => {
    const response = await fetch(store.webhookUrl, { method: 'POST', body: '{}' })

    expect(response.status).toBe(400)
  })
})

describe('checkout validation', () => {
  it.each([
    ['quantity above the maximum', () => ({ quantity: ispPackage.maxQuantity + 1 }), 'quantity'],
    ['quantity below the minimum', () => ({ quantity: ispPackage.minQuantity - 1 }), 'quantity'],
    ['unknown country', () => ({ countryId: 987654 }), 'countryId'],
  ])('rejects %s naming the field', async (_name, override, field) => {
    const ordersBefore = await store.db.order.count()
    const request = { proxyType: 'Isp' as const, packageId: ispPackage.packageId, countryId: ispPackage.locations[0]?.id ?? 0, quantity: ispPackage.minQuantity, ...override() }

    await expect(
      createCheckout({ db: store.db, tenant: store.tenant, customer: store.customer, request, origin: 'http://shop.test', log: logger }),
    ).rejects.toMatchObject({ code: 'invalid_input', field })
    expect(await store.db.order.count()).toBe(ordersBefore)
  })

  it('rejects an unknown package with not_found', async () => {
    const request = { proxyType: 'Isp' as const, packageId: 'no-such-package', countryId: 1, quantity: 1 }

    await expect(
      createCheckout({ db: store.db, tenant: store.tenant, customer: store.customer, request, origin: 'http://shop.test', log: logger }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'packageId' })
  })
})
