import { logger as rootLogger, type Logger } from '@/lib/logger'
import { assertId, buildCreateOrderRequest, parseAccount, parseOrder, parseStorePage } from './adapter'
import type { SkippedProduct, SuccessEnvelope } from './adapter'
import { createOrderMethods } from './client-orders'
import { createTargetingMethods } from './client-targeting'
import { CatProxiesInputError } from './errors'
import { collectAllPages, PAGE_SIZE } from './paging'
import { sendRequest, type CallSpec, type CatProxiesRequestInfo, type CatProxiesResponseInfo } from './transport'
import { PROXY_TYPES, type CreateOrderInput, type ProxyType, type ResellerAccount, type StorePackage, type UpstreamOrder } from './types'

export const CATPROXIES_LIVE_BASE_URL = 'https://catproxies.com/api/v1/public'

const DEFAULT_TIMEOUT_MS = 15_000
// The documented format is "cp_" plus 64 hex characters. The check here is looser so a
// format change upstream does not lock every tenant out, but it still rejects characters
// that could break the Authorization header.
const API_KEY_PATTERN = /^cp_[A-Za-z0-9]{8,128}$/

export type CatProxiesClientOptions = {
  apiKey: string
  /** Defaults to the live API. Sandbox mode and tests pass the simulator's `baseUrl`. */
  baseUrl?: string
  fetch?: typeof fetch
  /** Per-request limit in ms, covering connection, upload and the whole reply body. */
  timeoutMs?: number
  logger?: Logger
  onRequest?: (info: CatProxiesRequestInfo) => void | Promise<void>
  onResponse?: (info: CatProxiesResponseInfo) => void | Promise<void>
  /** URL of the offline mobile targeting snapshot. Upstream does not document it, so it must be configured. */
  mobileTargetingSnapshotUrl?: string
}

export type CatProxiesClient = ReturnType<typeof createCatProxiesClient>

/**
 * Creates a client bound to one reseller key. Each method sends exactly one request,
 * except `listStorePackages`, which sends one per catalogue page. Nothing is retried:
 * retries, backoff and budget belong to the caller (the rate governor and job queue),
 * and an order creation whose outcome is unknown must be reconciled through `listOrders`
 * before it is tried again.
 */
export function createCatProxiesClient(options: CatProxiesClientOptions) {
  if (!API_KEY_PATTERN.test(options.apiKey)) {
    throw new CatProxiesInputError('apiKey: expected "cp_" followed by letters and digits')
  }

  const snapshotUrl = options.mobileTargetingSnapshotUrl ?? null
  if (snapshotUrl !== null && !/^https?:\/\//.test(snapshotUrl)) {
    throw new CatProxiesInputError('mobileTargetingSnapshotUrl: expected an http or https URL')
  }

  const logger = options.logger ?? rootLogger.child({ module: 'catproxies-client' })
  const transport = {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? CATPROXIES_LIVE_BASE_URL,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger,
    onRequest: options.onRequest ?? null,
    onResponse: options.onResponse ?? null,
  }
  const send = (spec: CallSpec): Promise<SuccessEnvelope> => sendRequest(transport, spec)

  return {
    /** Reads the balance and the hourly rate-limit status. */
    async getAccount(): Promise<ResellerAccount> {
      return parseAccount(await send({ operation: 'getAccount', method: 'GET', path: '/account', kind: 'read' }))
    },

    /**
     * Fetches every page of the catalogue (hidden packages included, flagged `hidden`).
     * Without `proxyType` the unfiltered catalogue is requested. Products of a proxyType we
     * do not sell are skipped with a warning. Throws CatProxiesResponseError when
     * `pagination.totalPages` is out of range or contradicts the first page.
     */
    async listStorePackages(input: { proxyType?: ProxyType } = {}): Promise<StorePackage[]> {
      const proxyType = input.proxyType ?? null
      if (proxyType !== null && !PROXY_TYPES.includes(proxyType)) {
        throw new CatProxiesInputError(`proxyType: expected one of ${PROXY_TYPES.join(', ')}, got ${JSON.stringify(proxyType)}`)
      }

      const skipped: SkippedProduct[] = []
      const packages = await collectAllPages(async (page) => {
        const query = { proxyType: proxyType ?? undefined, page, pageSize: PAGE_SIZE }
        const result = parseStorePage(await send({ operation: 'listStorePackages', method: 'GET', path: '/store', kind: 'read', query }), proxyType)
        skipped.push(...result.skipped)

        return { items: result.packages, totalPages: result.totalPages, itemCount: result.productCount }
      })
      for (const item of skipped) logger.warn({ packageId: item.packageId, reason: item.reason }, 'CatProxies store product skipped')

      // A product added while paging can shift another onto the next page, so the first copy wins.
      const byId = new Map<string, StorePackage>()
      for (const item of packages) if (!byId.has(item.packageId)) byId.set(item.packageId, item)

      return [...byId.values()]
    },

    /**
     * Buys a package; the reseller balance is charged upstream. Never retried: on a
     * CatProxiesNetworkError with `mayHaveReachedUpstream`, or a CatProxiesServerError, the
     * order may exist, so reconcile through `listOrders` first. Throws
     * CatProxiesInsufficientBalanceError when the balance is short.
     */
    async createOrder(input: CreateOrderInput): Promise<UpstreamOrder> {
      const request = buildCreateOrderRequest(input)
      const envelope = await send({ operation: 'createOrder', method: 'POST', path: '/order', kind: 'purchase', body: request.body })

      return parseOrder(envelope)
    },

    /** Reads one order with its credentials. Throws CatProxiesNotFoundError for another key's order. */
    async getOrder(orderId: string): Promise<UpstreamOrder> {
      const path = `/order/${assertId(orderId, 'orderId')}`

      return parseOrder(await send({ operation: 'getOrder', method: 'GET', path, kind: 'read' }))
    },

    ...createOrderMethods(send),
    ...createTargetingMethods(send, { mobileTargetingSnapshotUrl: snapshotUrl }),
  }
}
