import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { getCustomerOrderOrThrow } from '@/lib/orders/get-customer-order'
import type { TCreateCheckoutRequest } from '@/lib/orders/schemas'
import { getMobileTargetingSource } from '@/lib/products/load-mobile-targeting'
import { CATALOGUE } from '@/sandbox/catproxies/fixtures'
import { startTestStore, TEST_RESELLER_API_KEY, waitFor, type TestStore } from '@/tests/helpers/test-store'

let store: TestStore

beforeAll(async () => {
  store = await startTestStore()
})

afterAll(async () => {
  await store?.stop()
})

afterEach(() => {
  delete process.env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL
})

function packageIdOf(title: string): string {
  const found = CATALOGUE.find((item) => item.title === title)
  if (!found) throw new Error(`the simulator catalogue has no package "${title}"`)

  return found.id
}

async function buyAndWaitForDelivery(request: TCreateCheckoutRequest) {
  const { orderId } = await createCheckout({ db: store.db, tenant: store.tenant, customer: store.customer, request, origin: 'http://shop.test', log: logger })
  const { checkoutSessionId } = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
  await store.stripeSimulator.completeCheckoutSession(checkoutSessionId ?? '')
  await waitFor(async () => (await store.db.order.findUniqueOrThrow({ where: { id: orderId } })).status === 'DELIVERED')

  return getCustomerOrderOrThrow({ db: store.db, tenantId: store.tenant.id, customerId: store.customer.id, orderId })
}

function mobileTargetingRequests(): number {
  return store.catproxies.requestCount(TEST_RESELLER_API_KEY, { path: /^\/mobile-targeting-options\// })
}

describe('product purchases', () => {
  it('places a datacenter allocation upstream and lists its IPs', async () => {
    const order = await buyAndWaitForDelivery({ packageId: packageIdOf('Datacenter 10 IPs'), proxyType: 'DatacenterP', countryProxies: { US: 6, DE: 4 } })

    const upstream = store.catproxies.listOrders(TEST_RESELLER_API_KEY).find((candidate) => candidate.proxyType === 'DatacenterP')
    expect(upstream?.countryProxies).toEqual({ US: 6, DE: 4 })
    expect(order.productSummary).toBe('10 IPs: United States 6, Germany 4')
    expect(order.credentials?.gateway).toBeNull()
    expect(order.credentialLines).toHaveLength(10)
  })

  it('places an unlimited residential order on the chosen server', async () => {
    const order = await buyAndWaitForDelivery({ packageId: packageIdOf('Unlimited Residential 1 day'), proxyType: 'UnlimitedResidential', gatewayServerId: '3' })

    const upstream = store.catproxies.listOrders(TEST_RESELLER_API_KEY).find((candidate) => candidate.proxyType === 'UnlimitedResidential')
    expect(upstream?.gatewayServerId).toBe(3)
    expect(order.credentials?.gateway?.host).toBe('unlimited-de.catproxies.com')
    expect(order.productSummary).toBe('Gateway server Frankfurt')
  })

  it('stores mobile targeting and prefills the gateway login', async () => {
    process.env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL = store.catproxies.snapshotUrl
    const targeting = { countryId: '1', regionId: '11', cityId: '111', carrierId: '101' }

    const order = await buyAndWaitForDelivery({ packageId: packageIdOf('Rotating Mobile 1 GB'), proxyType: 'RotatingMobile', targeting })

    expect(order.productSummary).toBe('Targeting: United States › California › Los Angeles › T-Mobile')
    expect(order.credentials?.lines[0]?.username).toMatch(/^m_[0-9a-f]+-country-US-city-los\+angeles$/)
    expect(order.credentials?.gateway?.host).toBe('mobile-us.catproxies.com')
  })
})

describe('mobile targeting source', () => {
  it('serves every level from one cached snapshot', async () => {
    process.env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL = store.catproxies.snapshotUrl
    const before = mobileTargetingRequests()
    const source = getMobileTargetingSource({ db: store.db, tenantId: store.tenant.id })

    expect((await source.listCountries()).map((country) => country.code)).toEqual(['US', 'GB', 'DE'])
    expect((await source.listCities('2', '21')).map((city) => city.name)).toEqual(['London', 'Manchester'])
    expect((await source.listCarriers('1', '13', '132')).map((carrier) => carrier.name)).toEqual(['T-Mobile'])
    expect(mobileTargetingRequests()).toBe(before)
  })

  it('caches each level when no snapshot is configured', async () => {
    const source = getMobileTargetingSource({ db: store.db, tenantId: store.tenant.id })
    const before = mobileTargetingRequests()

    const first = await source.listRegions('3')
    const second = await getMobileTargetingSource({ db: store.db, tenantId: store.tenant.id }).listRegions('3')

    expect(second).toEqual(first)
    expect(first.map((region) => region.name)).toEqual(['Berlin', 'Bavaria'])
    // One call for the country list that the region's parent check reads, one for the regions.
    expect(mobileTargetingRequests()).toBe(before + 2)
  })

  it('rejects an unknown parent without calling upstream for it', async () => {
    const source = getMobileTargetingSource({ db: store.db, tenantId: store.tenant.id })
    await source.listCountries()
    const before = mobileTargetingRequests()

    await expect(source.listRegions('999')).rejects.toMatchObject({ code: 'invalid_input', field: 'countryId' })
    expect(mobileTargetingRequests()).toBe(before)
  })
})
