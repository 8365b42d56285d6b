/**
 * Domain types for the CatProxies reseller API. Nothing here mirrors raw JSON: the adapter
 * parses upstream replies into these shapes, and fields the adapter does not recognise are
 * kept in `extra` so that nothing upstream sends is silently lost.
 *
 * Money is integer minor units (US cents). Dates are `Date` objects in UTC.
 */

/** Proxy product families, spelled exactly as the `proxyType` query parameter expects them. */
export const PROXY_TYPES = [
  'Isp',
  'IspP',
  'gResidential',
  'resix',
  'UnlimitedResidential',
  'DatacenterP',
  'Ipv6p',
  'RotatingMobile',
] as const

export type ProxyType = (typeof PROXY_TYPES)[number]

/** Products extended by buying more traffic; the others are extended by adding days. */
export const BANDWIDTH_PROXY_TYPES: readonly ProxyType[] = ['gResidential', 'resix', 'RotatingMobile']

export type StoreLocation = {
  /** The `countryId` to send when ordering an ISP package. */
  id: number
  name: string | null
  code: string | null
}

export type StorePackage = {
  packageId: string
  title: string
  description: string | null
  proxyType: ProxyType
  /** Price per IP for Isp and IspP packages, price per package for every other type. */
  resellerPriceMinor: number
  minQty: number | null
  maxQty: number | null
  locations: StoreLocation[]
  ips: number | null
  days: number | null
  /** Traffic included, in GB. 0 means unlimited for Ipv6p packages. */
  bandwidthGb: number | null
  speedMbps: number | null
  hidden: boolean
  extra: Record<string, unknown>
}

export type RateLimitStatus = {
  requestsPerHour: number
  requestsUsed: number
  requestsRemaining: number
  resetAt: Date
}

export type ResellerAccount = {
  balanceMinor: number | null
  rateLimits: RateLimitStatus | null
  extra: Record<string, unknown>
}

/** One proxy endpoint. Username and password are null for IP-whitelisted access. */
export type ProxyLine = {
  host: string
  port: number
  username: string | null
  password: string | null
  protocol: string | null
}

export type OrderCredentials = {
  username: string | null
  password: string | null
  /** One line per IP (ISP, datacenter, IPv6) or per gateway (residential, mobile). */
  proxies: ProxyLine[]
}

export type UpstreamOrder = {
  orderId: string
  /** Upstream status as sent, e.g. "CONFIRMED" or "EXPIRED"; the full set is not documented. */
  status: string | null
  packageId: string | null
  proxyType: ProxyType | null
  title: string | null
  /** Number of IPs bought (`package_ips`); extensions are priced per IP on this count. */
  quantity: number | null
  amountMinor: number | null
  createdAt: Date | null
  expiresAt: Date | null
  bandwidthLeftGb: number | null
  whitelist: string[]
  credentials: OrderCredentials
  extra: Record<string, unknown>
}

/** ISP order. `quantity` defaults upstream to 1 and `countryId` to the package's first location. */
export type CreateIspOrderInput = {
  packageId: string
  isp: { quantity?: number; countryId?: number; authMethod?: string; authIp?: string }
}

/** Dedicated ISP (`IspP`) order: the same `ispData` block without a country. */
export type CreateDedicatedIspOrderInput = {
  packageId: string
  dedicatedIsp: { quantity?: number }
}

/**
 * Datacenter (`DatacenterP`) order. `countryProxies` maps ISO 3166 alpha-2 codes to IP
 * counts; the counts must add up to the package's `ips` and stay within each country's stock.
 */
export type CreateDatacenterOrderInput = {
  packageId: string
  datacenter: {
    countryProxies: Record<string, number>
    highConcurrency?: boolean
    highPriority?: boolean
    whitelistedIps?: boolean
  }
}

/** Unlimited Residential order, bound to a gateway server id from `listServers()`. */
export type CreateUnlimitedResidentialOrderInput = {
  packageId: string
  unlimitedResidential: { gatewayServerId: string | number }
}

/** Orders whose body is only `{ packageId }`: the package fixes traffic or IP count. */
export type CreatePackageOnlyOrderInput = {
  packageId: string
  proxyType: 'gResidential' | 'resix' | 'Ipv6p' | 'RotatingMobile'
}

export type CreateOrderInput =
  | CreateIspOrderInput
  | CreateDedicatedIspOrderInput
  | CreateDatacenterOrderInput
  | CreateUnlimitedResidentialOrderInput
  | CreatePackageOnlyOrderInput

export type * from './types-management'
