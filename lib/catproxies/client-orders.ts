import { isIP } from 'node:net'

import {
  assertId,
  parseExtendOptions,
  parseOrder,
  parseOrderPage,
  parseOrderProxies,
  parsePasswordReset,
  parseUnlimitedMetrics,
  parseUsageStats,
  parseWhitelist,
  type LineDefaults,
  type SuccessEnvelope,
} from './adapter'
import { CatProxiesInputError } from './errors'
import { collectAllPages, MAX_PAGES, PAGE_SIZE } from './paging'
import type { CallSpec } from './transport'
import type { ProxyLine, UpstreamOrder } from './types'
import type { ExtendOptions, OrderPage, PasswordReset, UnlimitedMetrics, UnlimitedMetricsQuery, UsageStats } from './types-management'

type Send = (spec: CallSpec) => Promise<SuccessEnvelope>

const METRIC_PARAMETER_PATTERN = /^[A-Za-z0-9_-]{1,32}$/

/** Order listing and per-order management calls. Each sends one request, except `listAllOrders`. */
export function createOrderMethods(send: Send) {
  const orderPath = (orderId: string, suffix = '') => `/order/${assertId(orderId, 'orderId')}${suffix}`

  return {
    /** Reads one page of the reseller's orders (100 per page). */
    async listOrders(input: { page?: number } = {}): Promise<OrderPage> {
      const page = input.page ?? 1
      if (!Number.isInteger(page) || page < 1 || page > MAX_PAGES) {
        throw new CatProxiesInputError(`page: expected an integer from 1 to ${MAX_PAGES}, got ${page}`)
      }
      const query = { page, pageSize: PAGE_SIZE }

      return parseOrderPage(await send({ operation: 'listOrders', method: 'GET', path: '/orders', kind: 'read', query }), page)
    },

    /** Reads every page of orders; used to reconcile a purchase whose outcome is unknown. */
    async listAllOrders(): Promise<UpstreamOrder[]> {
      return collectAllPages(async (page) => {
        const query = { page, pageSize: PAGE_SIZE }
        const result = parseOrderPage(await send({ operation: 'listAllOrders', method: 'GET', path: '/orders', kind: 'read', query }), page)

        return { items: result.orders, totalPages: result.totalPages, itemCount: result.orders.length }
      })
    },

    /** Reads what an extension costs: ISP adds 30 days at resellerPrice × package_ips; bandwidth products offer GB packages. */
    async getExtendOptions(orderId: string): Promise<ExtendOptions> {
      return parseExtendOptions(await send({ operation: 'getExtendOptions', method: 'GET', path: orderPath(orderId, '/extendOptions'), kind: 'read' }))
    },

    /**
     * Extends an order and charges the balance. `packageId` is optional for ISP (upstream
     * resolves it from the order) and expected for bandwidth products. Never retried; on an
     * unknown outcome, compare the order's expiry or bandwidth before trying again.
     */
    async extendOrder(orderId: string, input: { packageId?: string } = {}): Promise<UpstreamOrder> {
      const body = input.packageId === undefined ? {} : { packageId: assertId(input.packageId, 'packageId') }

      return parseOrder(await send({ operation: 'extendOrder', method: 'POST', path: orderPath(orderId, '/extend'), kind: 'purchase', body }))
    },

    async getWhitelist(orderId: string): Promise<string[]> {
      return parseWhitelist(await send({ operation: 'getWhitelist', method: 'GET', path: orderPath(orderId, '/whitelist'), kind: 'read' }))
    },

    /** Adds one IP to the order's whitelist and returns the whole list. */
    async addWhitelistIp(orderId: string, ip: string): Promise<string[]> {
      const body = { ip: assertIp(ip) }

      return parseWhitelist(await send({ operation: 'addWhitelistIp', method: 'PATCH', path: orderPath(orderId, '/whitelist'), kind: 'write', body }))
    },

    /** Removes one IP from the order's whitelist (DELETE with a JSON body) and returns the whole list. */
    async removeWhitelistIp(orderId: string, ip: string): Promise<string[]> {
      const body = { ip: assertIp(ip) }

      return parseWhitelist(await send({ operation: 'removeWhitelistIp', method: 'DELETE', path: orderPath(orderId, '/whitelist'), kind: 'write', body }))
    },

    async getUsageStats(orderId: string): Promise<UsageStats> {
      return parseUsageStats(await send({ operation: 'getUsageStats', method: 'GET', path: orderPath(orderId, '/usage-stats'), kind: 'read' }))
    },

    /** Rotates the proxy password. The old password stops working upstream at once. */
    async resetPassword(orderId: string): Promise<PasswordReset> {
      const path = orderPath(orderId, '/reset-password')

      return parsePasswordReset(await send({ operation: 'resetPassword', method: 'POST', path, kind: 'write', body: {} }))
    },

    /** Reads per-IP proxy lines; parts a line lacks are taken from `defaults` (usually the order's credentials). */
    async getOrderProxies(orderId: string, defaults: Partial<LineDefaults> = {}): Promise<ProxyLine[]> {
      const envelope = await send({ operation: 'getOrderProxies', method: 'GET', path: orderPath(orderId, '/proxies'), kind: 'read' })

      return parseOrderProxies(envelope, { host: null, port: null, username: null, password: null, ...defaults })
    },

    /** Reads Unlimited Residential metrics. Parameter values are passed through because upstream's set is unknown. */
    async getUnlimitedMetrics(orderId: string, query: UnlimitedMetricsQuery = {}): Promise<UnlimitedMetrics> {
      for (const name of ['view', 'timeframe', 'interval'] as const) {
        const value = query[name]
        if (value !== undefined && !METRIC_PARAMETER_PATTERN.test(value)) {
          throw new CatProxiesInputError(`${name}: expected up to 32 letters, digits, "-" or "_", got ${JSON.stringify(value)}`)
        }
      }
      if (query.page !== undefined && (!Number.isInteger(query.page) || query.page < 1)) {
        throw new CatProxiesInputError(`page: expected a positive integer, got ${query.page}`)
      }
      const path = orderPath(orderId, '/unlimited-metrics')

      return parseUnlimitedMetrics(await send({ operation: 'getUnlimitedMetrics', method: 'GET', path, kind: 'read', query: { ...query } }))
    },
  }
}

function assertIp(ip: string): string {
  const trimmed = typeof ip === 'string' ? ip.trim() : ''
  if (isIP(trimmed) === 0) throw new CatProxiesInputError(`ip: expected an IPv4 or IPv6 address, got ${JSON.stringify(ip)}`)

  return trimmed
}
