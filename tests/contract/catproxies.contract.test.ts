import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CatProxiesClient } from '@/lib/catproxies/client'
import { CatProxiesNotFoundError } from '@/lib/catproxies/errors'
import { PROXY_TYPES, type ProxyType, type StorePackage, type UpstreamOrder } from '@/lib/catproxies/types'
import { liveTarget, simulatorTarget, type ContractTarget } from './contract-targets'

// One contract suite, run against every target: each endpoint of the reseller API through
// the typed client. Assertions are about shapes and invariants that hold upstream too.

const UNKNOWN_ORDER_ID = '00000000-0000-4000-8000-000000000000'
const WHITELIST_TEST_IP = '192.0.2.44'

function cheapest(packages: StorePackage[]): StorePackage {
  const visible = packages.filter((item) => !item.hidden)
  const item = [...visible].sort((left, right) => left.resellerPriceMinor - right.resellerPriceMinor)[0]
  if (item === undefined) throw new Error('no visible package to buy')

  return item
}

for (const target of [simulatorTarget(), liveTarget()]) {
  if (target.skipReason !== null) console.info(`[catproxies contract] ${target.name}: ${target.skipReason}`)

  describe.skipIf(target.skipReason !== null)(`CatProxies contract: ${target.name}`, () => {
    defineContract(target)
  })
}

function defineContract(target: ContractTarget) {
  let client: CatProxiesClient
  let stop: () => Promise<void>
  const catalogue = new Map<ProxyType, StorePackage[]>()
  const orders = new Map<ProxyType, UpstreamOrder>()

  beforeAll(async () => {
    ;({ client, stop } = await target.start())
  })

  afterAll(async () => {
    await stop()
  })

  describe('reads', () => {
    it('GET /account returns rate limits', async () => {
      const account = await client.getAccount()

      expect(account.rateLimits?.requestsPerHour).toBeGreaterThan(0)
      expect(account.rateLimits?.resetAt.getTime()).toBeGreaterThan(Date.now() - 60_000)
    })

    it.each(PROXY_TYPES)('GET /store?proxyType=%s returns only that type', async (proxyType) => {
      const packages = await client.listStorePackages({ proxyType })
      catalogue.set(proxyType, packages)

      expect(packages.every((item) => item.proxyType === proxyType)).toBe(true)
      expect(packages.every((item) => Number.isInteger(item.resellerPriceMinor) && item.resellerPriceMinor >= 0)).toBe(true)
    })

    it('GET /store lists ISP packages with locations', () => {
      const isp = catalogue.get('Isp') ?? []

      expect(isp.length).toBeGreaterThan(0)
      expect(isp.every((item) => item.locations.length > 0 && item.minQty !== null && item.maxQty !== null)).toBe(true)
    })

    it('GET /store without a filter spans several types', async () => {
      const types = new Set((await client.listStorePackages()).map((item) => item.proxyType))

      expect(types.size).toBeGreaterThan(1)
    })

    it('GET /servers returns ids', async () => {
      const servers = await client.listServers()

      expect(servers.length).toBeGreaterThan(0)
      expect(servers.every((server) => server.id !== '')).toBe(true)
    })

    it('GET /datacenterp-countries returns stock counts', async () => {
      const countries = await client.listDatacenterCountries()

      expect(countries.length).toBeGreaterThan(0)
      expect(countries.every((country) => /^[A-Z]{2}$/.test(country.code) && country.available >= 0)).toBe(true)
    })

    it('GET /gresi-targeting-options returns countries', async () => {
      expect((await client.getResidentialTargeting()).countries.length).toBeGreaterThan(0)
    })

    it('GET /mobile-targeting-options walks country to ISP', async () => {
      const country = (await client.listMobileCountries())[0]
      if (country === undefined) throw new Error('no mobile targeting country')
      const region = (await client.listMobileRegions({ countryId: country.id }))[0]
      if (region === undefined) throw new Error(`no region for mobile country ${country.id}`)
      const city = (await client.listMobileCities({ countryId: country.id, regionId: region.id }))[0]
      if (city === undefined) throw new Error(`no city for mobile region ${region.id}`)
      const isps = await client.listMobileIsps({ countryId: country.id, regionId: region.id, cityId: city.id })

      expect(isps.length).toBeGreaterThan(0)
    })

    it('mobile targeting snapshot nests regions and cities', async (context) => {
      if (target.name !== 'simulator' && !process.env.CATPROXIES_LIVE_SNAPSHOT_URL) context.skip('CATPROXIES_LIVE_SNAPSHOT_URL is not set')
      const snapshot = await client.getMobileTargetingSnapshot()

      expect(snapshot.countries.length).toBeGreaterThan(0)
      expect(snapshot.countries.some((country) => country.regions.some((region) => region.cities.length > 0))).toBe(true)
    })

    it('GET /orders returns a page', async () => {
      const page = await client.listOrders()

      expect(page.page).toBe(1)
      expect(Array.isArray(page.orders)).toBe(true)
    })

    it('GET /order/{id} of an unknown order is 404', async () => {
      await expect(client.getOrder(UNKNOWN_ORDER_ID)).rejects.toBeInstanceOf(CatProxiesNotFoundError)
    })
  })

  describe.skipIf(!target.allowsWrites)('purchases and order management', () => {
    it('POST /order buys one package of every type', async () => {
      const countries = await client.listDatacenterCountries()
      const servers = await client.listServers()
      for (const proxyType of PROXY_TYPES) {
        const item = cheapest(catalogue.get(proxyType) ?? (await client.listStorePackages({ proxyType })))
        const order = await buyPackage(client, item, countries, servers[0]?.id ?? '1')
        orders.set(proxyType, order)

        expect(order.orderId).not.toBe('')
      }
    })

    it('GET /order/{id} returns credentials for every order', async () => {
      for (const [proxyType, created] of orders) {
        const order = await client.getOrder(created.orderId)

        expect(order.orderId, proxyType).toBe(created.orderId)
        expect(order.credentials.proxies.length, proxyType).toBeGreaterThan(0)
      }
    })

    it('GET /orders includes the new orders', async () => {
      const listed = new Set((await client.listAllOrders()).map((order) => order.orderId))

      for (const order of orders.values()) expect(listed.has(order.orderId)).toBe(true)
    })

    it('extendOptions and extend for an ISP order add days', async () => {
      const order = requireOrder(orders, 'Isp')
      const options = await client.getExtendOptions(order.orderId)
      const extended = await client.extendOrder(order.orderId)

      expect(options.extendType).toBe('days')
      expect(extended.expiresAt?.getTime()).toBeGreaterThan(order.expiresAt?.getTime() ?? 0)
    })

    it('extendOptions and extend for a residential order add bandwidth', async () => {
      const order = requireOrder(orders, 'gResidential')
      const options = await client.getExtendOptions(order.orderId)
      const option = options.options[0]
      if (option?.packageId == null) throw new Error('no bandwidth extend option with a packageId')
      const extended = await client.extendOrder(order.orderId, { packageId: option.packageId })

      expect(options.extendType).toBe('bandwidth')
      expect(extended.bandwidthLeftGb ?? 0).toBeGreaterThan(order.bandwidthLeftGb ?? 0)
    })

    it('whitelist PATCH, GET and DELETE round-trip', async () => {
      const order = requireOrder(orders, 'Isp')

      expect(await client.addWhitelistIp(order.orderId, WHITELIST_TEST_IP)).toContain(WHITELIST_TEST_IP)
      expect(await client.getWhitelist(order.orderId)).toContain(WHITELIST_TEST_IP)
      expect(await client.removeWhitelistIp(order.orderId, WHITELIST_TEST_IP)).not.toContain(WHITELIST_TEST_IP)
    })

    it('GET /usage-stats reports GB figures', async () => {
      const usage = await client.getUsageStats(requireOrder(orders, 'gResidential').orderId)

      expect(usage.usedGb).not.toBeNull()
      expect(usage.totalGb).not.toBeNull()
    })

    it('POST /reset-password changes the password', async () => {
      const order = requireOrder(orders, 'RotatingMobile')
      const reset = await client.resetPassword(order.orderId)
      const reread = await client.getOrder(order.orderId)

      expect(reread.credentials.password).not.toBe(order.credentials.password)
      expect(reset.password ?? reread.credentials.password).toBe(reread.credentials.password)
    })

    it('GET /proxies lists one line per ISP IP', async () => {
      const order = requireOrder(orders, 'Isp')
      const lines = await client.getOrderProxies(order.orderId)

      expect(lines).toHaveLength(order.quantity ?? 0)
      expect(lines.every((line) => line.port > 0 && line.host !== '')).toBe(true)
    })

    it('GET /unlimited-metrics returns points', async () => {
      const metrics = await client.getUnlimitedMetrics(requireOrder(orders, 'UnlimitedResidential').orderId, { timeframe: '24h' })

      expect(Array.isArray(metrics.points)).toBe(true)
    })
  })

  // Read-only calls on an order that already exists, so a live run without purchases still
  // covers the per-order read endpoints. On the simulator the orders come from the block above.
  describe('reads of an existing order', () => {
    let existing: UpstreamOrder | undefined

    beforeAll(async () => {
      existing = (await client.listOrders()).orders[0]
    })

    it('GET /order/{id}, extendOptions, whitelist, usage-stats and proxies', async (context) => {
      if (existing === undefined) context.skip('the account has no orders to read')
      const orderId = existing?.orderId ?? ''

      expect((await client.getOrder(orderId)).orderId).toBe(orderId)
      expect((await client.getExtendOptions(orderId)).extendType).not.toBeNull()
      expect(Array.isArray(await client.getWhitelist(orderId))).toBe(true)
      expect((await client.getUsageStats(orderId)).usedGb).not.toBeNull()
      expect((await client.getOrderProxies(orderId)).length).toBeGreaterThan(0)
    })
  })
}

function requireOrder(orders: Map<ProxyType, UpstreamOrder>, proxyType: ProxyType): UpstreamOrder {
  const order = orders.get(proxyType)
  if (order === undefined) throw new Error(`no ${proxyType} order was created earlier in this suite`)

  return order
}

async function buyPackage(
  client: CatProxiesClient,
  item: StorePackage,
  countries: { code: string; available: number }[],
  gatewayServerId: string,
): Promise<UpstreamOrder> {
  const { packageId } = item
  switch (item.proxyType) {
    case 'Isp':
      return client.createOrder({ packageId, isp: { quantity: item.minQty ?? 1, countryId: item.locations[0]?.id } })
    case 'IspP':
      return client.createOrder({ packageId, dedicatedIsp: { quantity: item.minQty ?? 1 } })
    case 'DatacenterP': {
      const country = countries.find((candidate) => candidate.available >= (item.ips ?? 1))
      if (country === undefined) throw new Error(`no datacenter country has ${item.ips} IPs in stock`)
      return client.createOrder({ packageId, datacenter: { countryProxies: { [country.code]: item.ips ?? 1 } } })
    }
    case 'UnlimitedResidential':
      return client.createOrder({ packageId, unlimitedResidential: { gatewayServerId } })
    default:
      return client.createOrder({ packageId, proxyType: item.proxyType })
  }
}
