import { formatMinorAsDecimal } from '@/lib/money/money'
import type { SimPackage } from './fixtures'
import { getBandwidthLeftGb, getOrderStatus, getUsedGb } from './order-model'
import type { SimOrder } from './state'

/**
 * How the simulator writes packages and orders on the wire. The order shape is the best
 * guess from CatProxies' own data model: snake_case `package_*` fields and a nested `proxy`
 * record. Datacenter orders also carry a `proxyCredentials` block, because a known client
 * reads that spelling. Correct the guesses here when the real shapes become known.
 */

export function toWireProduct(item: SimPackage): Record<string, unknown> {
  return {
    id: item.id,
    packageId: item.id,
    title: item.title,
    description: item.description,
    proxyType: item.proxyType,
    resellerPrice: item.resellerPrice,
    ...(item.minQty === undefined ? {} : { minQty: item.minQty, maxQty: item.maxQty }),
    ...(item.locations === undefined ? {} : { locations: item.locations }),
    ...(item.ips === undefined ? {} : { ips: item.ips }),
    ...(item.days === undefined ? {} : { days: item.days }),
    ...(item.bandwidth === undefined ? {} : { bandwidth: String(item.bandwidth) }),
    ...(item.speed === undefined ? {} : { speed: item.speed }),
    hidden: item.hidden ?? false,
    region: item.region ?? 'global',
    provider: 'catproxies',
  }
}

export function toWireOrder(order: SimOrder, nowMs: number): Record<string, unknown> {
  const expiredAt = order.expiresAtMs === null ? null : new Date(order.expiresAtMs).toISOString()
  const bandwidthLeft = getBandwidthLeftGb(order, nowMs)
  const perIp = order.ips.length > 0 ? { hostip: order.ips[0], port_http: order.port, ip_list: order.ips } : { host: order.host, port: order.port }
  const proxy = {
    proxy_id: `px_${order.id.slice(0, 8)}`,
    username: order.username,
    password: order.password,
    available_bandwidth: order.bandwidthTotalGb,
    used_bandwidth: getUsedGb(order, nowMs),
    bandwidth_left: bandwidthLeft,
    days: order.days,
    whitelist_ip: [...order.whitelist],
    expired_at: expiredAt,
    speed: order.speed,
    ...perIp,
  }

  return {
    id: order.id,
    status: getOrderStatus(order, nowMs),
    packageId: order.packageId,
    amount: Number(formatMinorAsDecimal(order.amountMinor)),
    package_title: order.title,
    package_description: order.description,
    package_price: formatMinorAsDecimal(order.unitPriceMinor),
    package_bandwidth: order.bandwidthTotalGb,
    package_days: order.days,
    package_ips: order.quantity,
    package_region: order.region,
    package_proxyType: order.proxyType,
    package_speed: order.speed,
    createdAt: new Date(order.createdAtMs).toISOString(),
    updatedAt: new Date(order.updatedAtMs).toISOString(),
    proxy,
    ...(order.proxyType === 'DatacenterP'
      ? { proxyCredentials: { username: order.username, password: order.password, ip_list: order.ips, port_http: order.port, expired_at: expiredAt } }
      : {}),
  }
}
