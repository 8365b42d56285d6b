import { randomBytes, randomUUID } from 'node:crypto'

import type { ProxyType } from '@/lib/catproxies/types'

/**
 * In-memory state of the simulator: reseller accounts, their orders, rate-limit windows
 * and a request log. All times are simulated-clock milliseconds.
 */

export const API_KEY_PATTERN = /^cp_[0-9a-f]{64}$/i

export type WindowCounter = { windowStartMs: number; used: number }

export type SimAccount = {
  apiKey: string
  balanceMinor: number
  /** A key that is valid but not a reseller's gets 403 on every endpoint. */
  isReseller: boolean
  hourly: WindowCounter
  mobileTargeting: WindowCounter
  orders: Map<string, SimOrder>
}

export type SimExtension = { type: 'days' | 'bandwidth'; value: number; amountMinor: number; atMs: number }

export type SimOrder = {
  id: string
  packageId: string
  proxyType: ProxyType
  title: string
  description: string
  /** Price of the package as listed: per IP for Isp and IspP, per package otherwise. */
  unitPriceMinor: number
  amountMinor: number
  /** `package_ips`: IPs bought, 1 for products that are not sold per IP. */
  quantity: number
  days: number | null
  speed: number | null
  region: string | null
  createdAtMs: number
  updatedAtMs: number
  expiresAtMs: number | null
  username: string
  password: string
  host: string
  port: number
  /** Per-IP endpoints; empty for gateway products (residential, mobile, IPv6, unlimited). */
  ips: string[]
  countryId: number | null
  countryProxies: Record<string, number> | null
  gatewayServerId: number | null
  /** Traffic bought in GB, or null when the product is unmetered. */
  bandwidthTotalGb: number | null
  /** Traffic consumed at `usageSinceMs`; usage then grows at `usageGbPerHour`. */
  usedGbAtMark: number
  usageSinceMs: number
  usageGbPerHour: number
  whitelist: string[]
  extensions: SimExtension[]
}

export type SimState = {
  accounts: Map<string, SimAccount>
  /** Requests received per API key, including rejected ones, for `requestCount`. */
  requestLog: Map<string, { method: string; path: string; atMs: number }[]>
  /** Remaining datacenter stock per ISO country code. */
  datacenterStock: Map<string, number>
  nextIpIndex: number
}

export function createState(datacenterStock: Record<string, number>): SimState {
  return {
    accounts: new Map(),
    requestLog: new Map(),
    datacenterStock: new Map(Object.entries(datacenterStock)),
    nextIpIndex: 1,
  }
}

export function addAccount(state: SimState, input: { apiKey?: string; balanceMinor: number; isReseller?: boolean }): SimAccount {
  const apiKey = input.apiKey ?? `cp_${randomBytes(32).toString('hex')}`
  if (!API_KEY_PATTERN.test(apiKey)) throw new RangeError('apiKey must be "cp_" followed by 64 hex digits')
  if (!Number.isSafeInteger(input.balanceMinor)) throw new RangeError('balanceMinor must be an integer number of cents')

  const account: SimAccount = {
    apiKey,
    balanceMinor: input.balanceMinor,
    isReseller: input.isReseller ?? true,
    hourly: { windowStartMs: 0, used: 0 },
    mobileTargeting: { windowStartMs: 0, used: 0 },
    orders: new Map(),
  }
  state.accounts.set(apiKey.toLowerCase(), account)

  return account
}

export function findAccount(state: SimState, apiKey: string): SimAccount | null {
  return state.accounts.get(apiKey.toLowerCase()) ?? null
}

export function getAccountOrThrow(state: SimState, apiKey: string): SimAccount {
  const account = findAccount(state, apiKey)
  if (account === null) throw new RangeError('No simulator account has this API key')

  return account
}

/**
 * Hands out addresses from the documentation ranges 198.51.100.0/24 and 203.0.113.0/24
 * (RFC 5737), so a simulated proxy can never point at a real host.
 */
export function allocateIps(state: SimState, count: number): string[] {
  const ips: string[] = []
  for (let index = 0; index < count; index += 1) {
    const offset = (state.nextIpIndex - 1) % 508
    state.nextIpIndex += 1
    ips.push(offset < 254 ? `198.51.100.${offset + 1}` : `203.0.113.${offset - 253}`)
  }

  return ips
}

export function newOrderId(): string {
  return randomUUID()
}

export function newCredentials(proxyType: ProxyType): { username: string; password: string } {
  let prefix = 'cp'
  if (proxyType === 'RotatingMobile') prefix = 'm_'
  if (proxyType === 'gResidential' || proxyType === 'resix') prefix = 'res'

  return { username: prefix + randomBytes(5).toString('hex'), password: randomUUID() }
}
