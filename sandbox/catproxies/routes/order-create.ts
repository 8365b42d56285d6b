import type { ProxyType } from '@/lib/catproxies/types'
import { formatMinorAsDecimal, multiplyMinor, parseDecimalToMinor } from '@/lib/money/money'
import type { Route, RouteRequest, SimContext } from '../context'
import type { SimPackage } from '../fixtures'
import { GATEWAY_SERVERS, GATEWAYS } from '../fixtures-network'
import { SimHttpError } from '../http'
import { DAY_MS } from '../order-model'
import { allocateIps, newCredentials, newOrderId, type SimAccount, type SimOrder } from '../state'
import { toWireOrder } from '../wire'
import { readCountryId, readDatacenterAllocation, readQuantity } from './order-input'

/**
 * POST /order — buys a package with the reseller balance. Per proxy type the body is:
 * Isp `{packageId, ispData:{quantity?, countryId?}}`, IspP `{packageId, ispData:{quantity?}}`,
 * DatacenterP `{packageId, datacenterPData:{country_proxies, …}}`, UnlimitedResidential
 * `{packageId, gateway_server}`, and `{packageId}` for the rest. Every check runs before
 * the balance is charged, so a rejected order costs nothing.
 */
export const orderCreateRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/order$/,
    handle(request, context) {
      const order = createOrder(request, context)

      return { payload: { order: toWireOrder(order, context.clock.nowMs()) } }
    },
  },
]

function createOrder(request: RouteRequest, context: SimContext): SimOrder {
  const { body, account } = request
  const packageId = body.packageId
  if (typeof packageId !== 'string' || packageId === '') throw new SimHttpError(400, 'packageId is required')

  const item = context.catalogue.find((candidate) => candidate.id === packageId)
  if (item === undefined) throw new SimHttpError(404, 'Package not found')

  const draft = buildDraft(item, body, context)
  // NOTE: datacenter add-on flags are accepted but not priced, because upstream's price for them is unknown.
  const unitPriceMinor = parseDecimalToMinor(item.resellerPrice)
  const amountMinor = multiplyMinor(unitPriceMinor, isPricedPerIp(item.proxyType) ? draft.quantity : 1)
  chargeBalance(account, amountMinor)
  for (const [code, count] of Object.entries(draft.countryProxies ?? {})) {
    context.state.datacenterStock.set(code, (context.state.datacenterStock.get(code) ?? 0) - count)
  }

  const nowMs = context.clock.nowMs()
  const gateway = GATEWAYS[item.proxyType]
  const server = GATEWAY_SERVERS.find((candidate) => candidate.id === draft.gatewayServerId)
  const isPerIp = isPricedPerIp(item.proxyType) || item.proxyType === 'DatacenterP'
  const isMetered = item.bandwidth !== undefined && item.bandwidth > 0
  const order: SimOrder = {
    id: newOrderId(),
    packageId: item.id,
    proxyType: item.proxyType,
    title: item.title,
    description: item.description,
    unitPriceMinor,
    amountMinor,
    quantity: draft.quantity,
    days: item.days ?? null,
    speed: item.speed ?? null,
    region: draft.region,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
    expiresAtMs: item.days === undefined ? null : nowMs + item.days * DAY_MS,
    ...newCredentials(item.proxyType),
    host: server?.host ?? gateway.host,
    port: gateway.port,
    ips: isPerIp ? allocateIps(context.state, draft.quantity) : [],
    countryId: draft.countryId,
    countryProxies: draft.countryProxies,
    gatewayServerId: draft.gatewayServerId,
    bandwidthTotalGb: isMetered ? (item.bandwidth ?? null) : null,
    usedGbAtMark: 0,
    usageSinceMs: nowMs,
    usageGbPerHour: gateway.usageGbPerHour,
    whitelist: [],
    extensions: [],
  }
  account.orders.set(order.id, order)
  context.logger?.info({ orderId: order.id, proxyType: order.proxyType, amountMinor }, 'simulator order created')

  return order
}

type OrderDraft = {
  quantity: number
  countryId: number | null
  region: string | null
  countryProxies: Record<string, number> | null
  gatewayServerId: number | null
}

function buildDraft(item: SimPackage, body: Record<string, unknown>, context: SimContext): OrderDraft {
  const draft: OrderDraft = { quantity: 1, countryId: null, region: item.region ?? null, countryProxies: null, gatewayServerId: null }

  if (item.proxyType === 'Isp' || item.proxyType === 'IspP') {
    const ispData = readOptionalObject(body, 'ispData')
    draft.quantity = readQuantity(ispData, item)
  }
  if (item.proxyType === 'Isp') {
    const ispData = readOptionalObject(body, 'ispData')
    const locations = item.locations ?? []
    const countryId = readCountryId(ispData) ?? locations[0]?.id
    const location = locations.find((candidate) => candidate.id === countryId)
    if (location === undefined) {
      const known = locations.map((candidate) => candidate.id).join(', ')
      throw new SimHttpError(400, `ispData.countryId ${JSON.stringify(countryId)} is not a location of this package (expected one of ${known})`)
    }
    draft.countryId = location.id
    draft.region = location.code
  }
  if (item.proxyType === 'DatacenterP') {
    draft.countryProxies = readDatacenterAllocation(readOptionalObject(body, 'datacenterPData'), item, context.state.datacenterStock)
    draft.quantity = item.ips ?? 1
  }
  if (item.proxyType === 'UnlimitedResidential') {
    const serverId = Number(body.gateway_server)
    if (body.gateway_server === undefined || body.gateway_server === null || body.gateway_server === '') {
      throw new SimHttpError(400, 'gateway_server is required for Unlimited Residential orders')
    }
    if (!GATEWAY_SERVERS.some((server) => server.id === serverId)) {
      throw new SimHttpError(400, `gateway_server ${JSON.stringify(body.gateway_server)} is not a known server id`)
    }
    draft.gatewayServerId = serverId
  }

  return draft
}

function readOptionalObject(body: Record<string, unknown>, field: string): Record<string, unknown> {
  const value = body[field]
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new SimHttpError(400, `${field} must be an object`)

  return value as Record<string, unknown>
}

/** Isp and IspP list a price per IP; every other package has one price for the whole package. */
export function isPricedPerIp(proxyType: ProxyType): boolean {
  return proxyType === 'Isp' || proxyType === 'IspP'
}

/** Takes `amountMinor` from the balance, or rejects with the documented 400 message. */
export function chargeBalance(account: SimAccount, amountMinor: number): void {
  if (account.balanceMinor < amountMinor) {
    const available = formatMinorAsDecimal(Math.max(0, account.balanceMinor))
    throw new SimHttpError(400, `Insufficient balance. Required: $${formatMinorAsDecimal(amountMinor)}, Available: $${available}`)
  }
  account.balanceMinor -= amountMinor
}
