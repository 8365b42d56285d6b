import type { UpstreamOrder } from './types'

/**
 * Domain types for order management, gateways and targeting. Their upstream shapes are
 * undocumented, so most fields are nullable and every type keeps unknown fields in `extra`.
 */

export type GatewayServer = {
  /** The value to send as `gateway_server` when ordering Unlimited Residential. */
  id: string
  name: string | null
  host: string | null
  country: string | null
  extra: Record<string, unknown>
}

export type DatacenterCountry = {
  /** ISO 3166 alpha-2, upper case. */
  code: string
  name: string | null
  /** IPs in stock; a datacenter order may not allocate more than this to the country. */
  available: number
  extra: Record<string, unknown>
}

export type OrderPage = {
  orders: UpstreamOrder[]
  page: number
  totalPages: number | null
}

export type ExtendOption = {
  packageId: string | null
  title: string | null
  priceMinor: number
  days: number | null
  bandwidthGb: number | null
  extra: Record<string, unknown>
}

export type ExtendOptions = {
  /** "days" for time-based products (ISP: 30 days per step), "bandwidth" for residential and mobile. */
  extendType: 'days' | 'bandwidth' | null
  /** Price of the default extension (ISP: resellerPrice × package_ips), when given. */
  priceMinor: number | null
  options: ExtendOption[]
  extra: Record<string, unknown>
}

export type UsageStats = {
  usedGb: number | null
  totalGb: number | null
  leftGb: number | null
  /** Per-day traffic, oldest first, when upstream sends a breakdown. */
  daily: { date: string; usedGb: number }[]
  extra: Record<string, unknown>
}

export type PasswordReset = {
  /** The new password, or null when the reply does not carry it (read the order again). */
  password: string | null
  order: UpstreamOrder | null
}

export type UnlimitedMetricsQuery = {
  view?: string
  timeframe?: string
  interval?: string
  page?: number
}

export type MetricPoint = {
  at: Date
  value: number
  extra: Record<string, unknown>
}

export type UnlimitedMetrics = {
  points: MetricPoint[]
  page: number | null
  totalPages: number | null
  extra: Record<string, unknown>
}

export type ResidentialTargeting = {
  /** Lower-case ISO alpha-2 codes, as gateway usernames spell them. */
  countries: { code: string; name: string | null }[]
  usStates: string[]
  /** City tokens per lower-case country code. */
  cities: Record<string, string[]>
  usStateCities: Record<string, string[]>
  extra: Record<string, unknown>
}

export type TargetingOption = {
  id: string
  name: string
  code: string | null
  extra: Record<string, unknown>
}

export type MobileTargetingSnapshot = {
  countries: (TargetingOption & {
    isps: TargetingOption[]
    regions: (TargetingOption & { cities: (TargetingOption & { isps: TargetingOption[] })[] })[]
  })[]
  generatedAt: Date | null
}
