import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Logger } from '@/lib/logger'
import { createSimClock, type SimClock } from './clock'
import type { SimContext } from './context'
import { createFaultRegistry, type FaultControls } from './faults'
import { CATALOGUE } from './fixtures'
import { DATACENTER_COUNTRIES } from './fixtures-network'
import { sendError } from './http'
import { getBandwidthLeftGb, getOrderStatus, getUsedGb } from './order-model'
import { setBucketUsage, type BucketName } from './rate-limits'
import { handleApiRequest, SNAPSHOT_PATH } from './request-handler'
import { addAccount, createState, getAccountOrThrow, type SimOrder } from './state'

export const API_BASE_PATH = '/api/v1/public'
const DEFAULT_BALANCE_MINOR = 500_00

export type CatProxiesSimulatorOptions = {
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Accounts to create at start; without it, the simulator starts with no accounts. */
  accounts?: { apiKey: string; balanceMinor: number; isReseller?: boolean }[]
  /** When true (the default), a well-formed unknown key gets a new account; when false, 401. */
  autoProvisionKeys?: boolean
  /** Balance of auto-provisioned accounts in cents; $500.00 by default. */
  defaultBalanceMinor?: number
  /** Largest page `/store` serves, whatever `pageSize` the request gives; 100 by default. */
  maxStorePageSize?: number
  clockStart?: Date
  clockSpeed?: number
  logger?: Logger
}

export type RequestFilter = { method?: string; path?: string | RegExp; since?: Date }

export type SimOrderView = SimOrder & { status: 'CONFIRMED' | 'EXPIRED'; usedGb: number; bandwidthLeftGb: number | null }

export type CatProxiesSimulator = {
  /** e.g. http://127.0.0.1:PORT/api/v1/public */
  baseUrl: string
  /** URL of the offline mobile targeting snapshot (no key needed). */
  snapshotUrl: string
  clock: SimClock
  faults: FaultControls
  close(): Promise<void>
  createAccount(input: { apiKey?: string; balanceMinor: number; isReseller?: boolean }): { apiKey: string }
  getBalanceMinor(apiKey: string): number
  setBalanceMinor(apiKey: string, balanceMinor: number): void
  listOrders(apiKey: string): SimOrderView[]
  /** Requests received with this key, rejected ones included; `path` is relative to the API base. */
  requestCount(apiKey: string, filter?: RequestFilter): number
  /** Sets how much of a bucket the current window has used, to reach a limit without sending every request. */
  setRateLimitUsage(apiKey: string, bucket: BucketName, used: number): void
}

/** Starts the CatProxies simulator on loopback. It serves the reseller API under `/api/v1/public`. */
export async function startCatProxiesSimulator(options: CatProxiesSimulatorOptions = {}): Promise<CatProxiesSimulator> {
  const state = createState(Object.fromEntries(DATACENTER_COUNTRIES.map((country) => [country.code, country.available])))
  const clock = createSimClock({ start: options.clockStart, speed: options.clockSpeed })
  const faults = createFaultRegistry()
  const context: SimContext = {
    state,
    clock,
    catalogue: CATALOGUE,
    maxStorePageSize: options.maxStorePageSize ?? 100,
    logger: options.logger?.child({ module: 'catproxies-simulator' }) ?? null,
  }
  for (const account of options.accounts ?? []) addAccount(state, account)

  const settings = {
    autoProvisionKeys: options.autoProvisionKeys ?? true,
    defaultBalanceMinor: options.defaultBalanceMinor ?? DEFAULT_BALANCE_MINOR,
  }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // One debug line per request with its outcome; the query string and headers are left out.
    response.on('finish', () => {
      context.logger?.debug({ method: request.method, path: request.url?.split('?')[0], status: response.statusCode }, 'simulator request')
    })
    handleApiRequest(request, response, { context, faults, settings, basePath: API_BASE_PATH }).catch((error: unknown) => {
      context.logger?.error({ err: error, method: request.method, url: request.url }, 'simulator request failed')
      if (!response.headersSent) sendError(response, 500, 'Something went wrong')
      else response.destroy()
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  context.logger?.info({ origin }, 'CatProxies simulator listening')

  return {
    baseUrl: `${origin}${API_BASE_PATH}`,
    snapshotUrl: `${origin}${SNAPSHOT_PATH}`,
    clock,
    faults: { inject: faults.inject, clear: faults.clear, pendingCount: faults.pendingCount },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Connections held open by a "timeout" fault would otherwise keep close() waiting.
        server.closeAllConnections()
        server.close((error) => {
          if (error) return reject(error)
          context.logger?.info({ origin }, 'CatProxies simulator stopped')
          resolve()
        })
      }),
    createAccount: (input) => ({ apiKey: addAccount(state, input).apiKey }),
    getBalanceMinor: (apiKey) => getAccountOrThrow(state, apiKey).balanceMinor,
    setBalanceMinor(apiKey, balanceMinor) {
      if (!Number.isSafeInteger(balanceMinor)) throw new RangeError('balanceMinor must be an integer number of cents')
      getAccountOrThrow(state, apiKey).balanceMinor = balanceMinor
    },
    listOrders(apiKey) {
      const nowMs = clock.nowMs()

      return [...getAccountOrThrow(state, apiKey).orders.values()].map((order) => ({
        ...structuredClone(order),
        status: getOrderStatus(order, nowMs),
        usedGb: getUsedGb(order, nowMs),
        bandwidthLeftGb: getBandwidthLeftGb(order, nowMs),
      }))
    },
    requestCount(apiKey, filter = {}) {
      const entries = state.requestLog.get(apiKey.toLowerCase()) ?? []
      const sinceMs = filter.since?.getTime() ?? -Infinity

      return entries.filter((entry) => {
        if (filter.method !== undefined && filter.method.toUpperCase() !== entry.method) return false
        if (entry.atMs < sinceMs) return false
        if (filter.path === undefined) return true

        return typeof filter.path === 'string' ? filter.path === entry.path : filter.path.test(entry.path)
      }).length
    },
    setRateLimitUsage: (apiKey, bucket, used) => setBucketUsage(getAccountOrThrow(state, apiKey), bucket, used, clock.nowMs()),
  }
}
