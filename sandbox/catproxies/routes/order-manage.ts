import { randomUUID } from 'node:crypto'
import { isIP } from 'node:net'

import type { Route } from '../context'
import { SimHttpError } from '../http'
import { DAY_MS, getBandwidthLeftGb, getUsedGb, roundGb } from '../order-model'
import { toWireOrder } from '../wire'
import { findOrderOrThrow } from './orders'
import { unlimitedMetricsRoute } from './unlimited-metrics'

/** Maximum IPs one order may whitelist. The real limit is not documented. */
const MAX_WHITELIST_SIZE = 20
const USAGE_HISTORY_DAYS = 7

/**
 * Per-order management: whitelist (GET lists, PATCH adds, DELETE removes, each with a body
 * of `{ip}` or `{ips: [...]}` and replying with the full list), usage statistics in GB,
 * password reset, per-IP proxy lines and Unlimited Residential metrics. Adding an IP that
 * is present, or removing one that is absent, changes nothing and succeeds.
 */
export const orderManageRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/order\/(?<orderId>[^/]+)\/whitelist$/,
    handle(request) {
      return { payload: { whitelist_ip: [...findOrderOrThrow(request.account, request.params.orderId).whitelist] } }
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/order\/(?<orderId>[^/]+)\/whitelist$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      const additions = readIps(request.body).filter((ip) => !order.whitelist.includes(ip))
      if (order.whitelist.length + additions.length > MAX_WHITELIST_SIZE) {
        throw new SimHttpError(400, `An order can whitelist at most ${MAX_WHITELIST_SIZE} IPs`)
      }
      order.whitelist.push(...additions)
      order.updatedAtMs = context.clock.nowMs()

      return { payload: { whitelist_ip: [...order.whitelist] } }
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/order\/(?<orderId>[^/]+)\/whitelist$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      const removals = new Set(readIps(request.body))
      order.whitelist = order.whitelist.filter((ip) => !removals.has(ip))
      order.updatedAtMs = context.clock.nowMs()

      return { payload: { whitelist_ip: [...order.whitelist] } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/order\/(?<orderId>[^/]+)\/usage-stats$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      const nowMs = context.clock.nowMs()
      // Per UTC day over the last week. Days before the last extension read as 0, because
      // usage is only tracked from that point on.
      const todayStartMs = Math.floor(nowMs / DAY_MS) * DAY_MS
      const daily = []
      for (let daysAgo = USAGE_HISTORY_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
        const dayStartMs = todayStartMs - daysAgo * DAY_MS
        const dayEndMs = Math.min(dayStartMs + DAY_MS, nowMs)
        if (dayEndMs <= order.createdAtMs) continue
        const used = getUsedGb(order, dayEndMs) - getUsedGb(order, Math.max(dayStartMs, order.createdAtMs))
        daily.push({ date: new Date(dayStartMs).toISOString().slice(0, 10), used: roundGb(used) })
      }

      return {
        payload: {
          usage: {
            unit: 'GB',
            used_bandwidth: getUsedGb(order, nowMs),
            available_bandwidth: order.bandwidthTotalGb,
            bandwidth_left: getBandwidthLeftGb(order, nowMs),
            daily,
          },
        },
      }
    },
  },
  {
    method: 'POST',
    pattern: /^\/order\/(?<orderId>[^/]+)\/reset-password$/,
    handle(request, context) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      order.password = randomUUID()
      order.updatedAtMs = context.clock.nowMs()

      return { payload: { order: toWireOrder(order, context.clock.nowMs()) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/order\/(?<orderId>[^/]+)\/proxies$/,
    handle(request) {
      const order = findOrderOrThrow(request.account, request.params.orderId)
      const hosts = order.ips.length > 0 ? order.ips : [order.host]
      const proxies = hosts.map((ip) => ({ ip, port: order.port, username: order.username, password: order.password, protocol: 'http' }))

      return { payload: { proxies } }
    },
  },
  unlimitedMetricsRoute,
]

function readIps(body: Record<string, unknown>): string[] {
  const raw = body.ips ?? (body.ip === undefined ? undefined : [body.ip])
  if (!Array.isArray(raw) || raw.length === 0) throw new SimHttpError(400, 'ip is required: send {"ip": "203.0.113.7"} or {"ips": [...]}')

  return raw.map((value, index) => {
    if (typeof value !== 'string' || isIP(value.trim()) === 0) {
      throw new SimHttpError(400, `ips[${index}] is not a valid IPv4 or IPv6 address: ${JSON.stringify(value)}`)
    }

    return value.trim()
  })
}
