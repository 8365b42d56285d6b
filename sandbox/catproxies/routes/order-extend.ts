import { BANDWIDTH_PROXY_TYPES } from '@/lib/catproxies/types'
import { formatMinorAsDecimal, multiplyMinor, parseDecimalToMinor } from '@/lib/money/money'
import type { Route, SimContext } from '../context'
import type { SimPackage } from '../fixtures'
import { SimHttpError } from '../http'
import { DAY_MS, markUsage } from '../order-model'
import type { SimOrder } from '../state'
import { toWireOrder } from '../wire'
import { chargeBalance, isPricedPerIp } from './order-create'
import { findOrderOrThrow } from './orders'

/** Days added per ISP extension step, as documented. */
const ISP_EXTENSION_DAYS = 30

type ExtensionPlan = { type: 'days' | 'bandwidth'; item: SimPackage; value: number; amountMinor: number }

/**
 * GET /order/{id}/extendOptions and POST /order/{id}/extend.
 * Time-based orders (Isp, IspP, DatacenterP, Ipv6p, UnlimitedResidential) extend by days:
 * ISP and IspP add 30 days at resellerPrice × package_ips, the others add their package's
 * days at its price. Bandwidth orders (gResidential, resix, RotatingMobile) add the GB of an
 * extend package of the same type, which the body must name.
 * NOTE: an expired order is extended from now rather than from its old expiry; upstream's
 * rule for lapsed orders is not documented.
 */
export const orderExtendRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/order\/(?<orderId>[^/]+)\/extendOptions$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      if (isBandwidthOrder(order)) {
        const options = listBandwidthOptions(order, context).map((item) => ({
          packageId: item.id,
          title: item.title,
          price: formatMinorAsDecimal(parseDecimalToMinor(item.resellerPrice)),
          bandwidth: item.bandwidth,
        }))

        return { payload: { extendType: 'bandwidth', options } }
      }

      const plan = planDaysExtension(order, undefined, context)
      const price = formatMinorAsDecimal(plan.amountMinor)

      return { payload: { extendType: 'days', price, options: [{ packageId: plan.item.id, title: plan.item.title, price, days: plan.value }] } }
    },
  },
  {
    method: 'POST',
    pattern: /^\/order\/(?<orderId>[^/]+)\/extend$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      const packageId = request.body.packageId
      if (packageId !== undefined && typeof packageId !== 'string') throw new SimHttpError(400, 'packageId must be a string')

      const plan = isBandwidthOrder(order) ? planBandwidthExtension(order, packageId, context) : planDaysExtension(order, packageId, context)
      chargeBalance(request.account, plan.amountMinor)
      applyExtension(order, plan, context.clock.nowMs())
      context.logger?.info({ orderId: order.id, type: plan.type, value: plan.value, amountMinor: plan.amountMinor }, 'simulator order extended')

      return { payload: { order: toWireOrder(order, context.clock.nowMs()) } }
    },
  },
]

function isBandwidthOrder(order: SimOrder): boolean {
  return BANDWIDTH_PROXY_TYPES.includes(order.proxyType)
}

function listBandwidthOptions(order: SimOrder, context: SimContext): SimPackage[] {
  return context.catalogue.filter((item) => item.proxyType === order.proxyType && !item.hidden && (item.bandwidth ?? 0) > 0)
}

function planDaysExtension(order: SimOrder, packageId: string | undefined, context: SimContext): ExtensionPlan {
  const item = context.catalogue.find((candidate) => candidate.id === (packageId ?? order.packageId))
  if (item === undefined) throw new SimHttpError(404, 'Package not found')
  if (item.proxyType !== order.proxyType) {
    throw new SimHttpError(400, `packageId ${item.id} is a ${item.proxyType} package, but this order is ${order.proxyType}`)
  }

  const unitPriceMinor = parseDecimalToMinor(item.resellerPrice)
  if (isPricedPerIp(order.proxyType)) {
    return { type: 'days', item, value: ISP_EXTENSION_DAYS, amountMinor: multiplyMinor(unitPriceMinor, order.quantity) }
  }

  return { type: 'days', item, value: item.days ?? ISP_EXTENSION_DAYS, amountMinor: unitPriceMinor }
}

function planBandwidthExtension(order: SimOrder, packageId: string | undefined, context: SimContext): ExtensionPlan {
  if (packageId === undefined) {
    throw new SimHttpError(400, 'packageId is required to extend a bandwidth order; choose one from extendOptions')
  }

  const item = listBandwidthOptions(order, context).find((candidate) => candidate.id === packageId)
  if (item === undefined) throw new SimHttpError(400, `packageId ${packageId} is not an extend option for this order`)

  return { type: 'bandwidth', item, value: item.bandwidth ?? 0, amountMinor: parseDecimalToMinor(item.resellerPrice) }
}

function applyExtension(order: SimOrder, plan: ExtensionPlan, nowMs: number): void {
  markUsage(order, nowMs)
  if (plan.type === 'bandwidth') {
    order.bandwidthTotalGb = (order.bandwidthTotalGb ?? 0) + plan.value
  } else {
    const from = Math.max(order.expiresAtMs ?? nowMs, nowMs)
    order.expiresAtMs = from + plan.value * DAY_MS
  }
  order.updatedAtMs = nowMs
  order.extensions.push({ type: plan.type, value: plan.value, amountMinor: plan.amountMinor, atMs: nowMs })
}
