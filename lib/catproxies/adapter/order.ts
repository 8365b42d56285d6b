import type { OrderCredentials, ProxyLine, UpstreamOrder } from '../types'
import type { SuccessEnvelope } from './envelope'
import { FieldReader } from './field-reader'
import { parseProxyLines, type LineDefaults } from './proxy-lines'
import {
  dateSchema,
  idSchema,
  integerSchema,
  moneyMinorSchema,
  nonNegativeIntegerSchema,
  normalizeProxyType,
  numberSchema,
  stringListSchema,
  textSchema,
} from './values'

const EXPIRY_KEYS = ['expired_at', 'expiresAt', 'expiryDate', 'expiry']
// `ips` holds a list inside a credential block but a count at order level, so it is only
// read from the nested blocks.
const BLOCK_LINE_LIST_KEYS = ['ip_list', 'ips', 'proxies', 'proxy_list']
const ORDER_LINE_LIST_KEYS = ['ip_list', 'proxies', 'proxy_list']
const TYPE_KEYS = ['package_proxyType', 'proxyType', 'package_proxy_type']

/**
 * Parses an order reply (`GET /order/{id}`, `POST /order`, `POST /order/{id}/extend`).
 * The order is read from `payload.order`, then `payload` itself. Only the order id is
 * required, because the creation reply is undocumented and may carry nothing else.
 */
export function parseOrder(envelope: SuccessEnvelope): UpstreamOrder {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const order = payload.child(['order']) ?? payload

  return parseOrderObject(order)
}

/**
 * Parses one order object in CatProxies' `package_*` field family. Credentials come from
 * the nested `proxyCredentials` block first, then `proxy`, because one known client reads
 * them in that order. Per-IP lines come from `ip_list` with `port_http`, or `proxies`.
 */
export function parseOrderObject(order: FieldReader): UpstreamOrder {
  const orderId = order.required(['id', 'orderId', '_id', 'order_id'], idSchema)
  const rawType = order.optional(TYPE_KEYS, textSchema)
  const proxyType = rawType === null ? null : normalizeProxyType(rawType)
  if (rawType !== null && proxyType === null) for (const key of TYPE_KEYS) order.keep(key)

  const blocks = [order.child(['proxyCredentials']), order.child(['proxy']), order].filter(
    (block): block is FieldReader => block !== null,
  )
  const credentials = parseCredentials(blocks, order)
  const expiresAt = firstNonNull(blocks.map((block) => block.optional(EXPIRY_KEYS, dateSchema)))
  const bandwidthLeftGb = firstNonNull(blocks.map((block) => block.optional(['bandwidth_left', 'bandwidthLeft'], numberSchema)))
  const whitelist = firstNonNull(blocks.map((block) => block.optional(['whitelist_ip', 'whitelist'], stringListSchema)))

  return {
    orderId,
    status: order.optional(['status', 'state'], textSchema),
    packageId: order.optional(['packageId', 'package_id'], idSchema),
    proxyType,
    title: order.optional(['package_title', 'title'], textSchema),
    quantity: order.optional(['package_ips', 'quantity'], nonNegativeIntegerSchema),
    amountMinor: order.optional(['amount'], moneyMinorSchema),
    createdAt: order.optional(['createdAt', 'created_at'], dateSchema),
    expiresAt,
    bandwidthLeftGb,
    whitelist: whitelist ?? [],
    credentials,
    extra: collectExtra(blocks, order),
  }
}

function parseCredentials(blocks: FieldReader[], order: FieldReader): OrderCredentials {
  const defaults: LineDefaults = {
    host: firstNonNull(blocks.map((block) => block.optional(['hostip', 'host', 'gateway'], textSchema))),
    port: firstNonNull(blocks.map((block) => block.optional(['port_http', 'port', 'httpPort'], integerSchema))),
    username: firstNonNull(blocks.map((block) => block.optional(['username', 'login', 'user'], textSchema))),
    password: firstNonNull(blocks.map((block) => block.optional(['password', 'pass'], textSchema))),
  }
  const proxies: ProxyLine[] = []
  for (const block of blocks) {
    const list = block.array(block === order ? ORDER_LINE_LIST_KEYS : BLOCK_LINE_LIST_KEYS)
    if (list !== null && proxies.length === 0) proxies.push(...parseProxyLines(list.items, list.path, defaults))
  }

  // Residential and mobile orders have no per-IP list: the gateway itself is the one line.
  if (proxies.length === 0 && defaults.host !== null && defaults.port !== null) {
    proxies.push({ host: defaults.host, port: defaults.port, username: defaults.username, password: defaults.password, protocol: null })
  }

  return { username: defaults.username, password: defaults.password, proxies }
}

/** Unknown order fields, plus unknown fields of the nested credential blocks under their own key. */
function collectExtra(blocks: FieldReader[], order: FieldReader): Record<string, unknown> {
  const extra = order.extra()
  for (const block of blocks) {
    if (block === order) continue
    const nestedKey = block.path.split('.').at(-1) ?? ''
    const nestedExtra = block.extra()
    if (Object.keys(nestedExtra).length > 0) extra[nestedKey] = nestedExtra
  }

  return extra
}

function firstNonNull<T>(values: (T | null)[]): T | null {
  return values.find((value) => value !== null) ?? null
}

/**
 * Parses `GET /order/{id}/proxies`: a list under `payload.proxies` (or a bare array), with
 * missing ports and credentials filled from the order when the caller passes them.
 */
export function parseOrderProxies(envelope: SuccessEnvelope, defaults: LineDefaults): ProxyLine[] {
  if (Array.isArray(envelope.payload)) return parseProxyLines(envelope.payload, 'payload', defaults)

  const payload = FieldReader.from(envelope.payload, 'payload')
  const list = payload.array(['proxies', 'ip_list', 'lines', 'items'])

  return list === null ? [] : parseProxyLines(list.items, list.path, defaults)
}
