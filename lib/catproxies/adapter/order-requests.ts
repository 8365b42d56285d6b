import { CatProxiesInputError } from '../errors'
import type { CreateOrderInput, ProxyType } from '../types'

/**
 * Builds request bodies for `POST /order`. Only the ISP body is documented; the others
 * follow the one known third-party client, so they live here next to the reply parsers.
 * Inputs are checked before anything is sent, and a failure throws CatProxiesInputError
 * naming the field.
 */

// Ids are opaque upstream (UUIDs or hex in practice). Dots and slashes are rejected
// because an id becomes a path segment and "." or ".." would change the path.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/
const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/
const PACKAGE_ONLY_TYPES: readonly ProxyType[] = ['gResidential', 'resix', 'Ipv6p', 'RotatingMobile']

export type CreateOrderRequest = {
  proxyType: ProxyType
  body: Record<string, unknown>
}

export function buildCreateOrderRequest(input: CreateOrderInput): CreateOrderRequest {
  const packageId = assertId(input.packageId, 'packageId')

  if ('isp' in input) {
    const { quantity, countryId, authMethod, authIp } = input.isp
    const ispData = {
      quantity: optionalPositiveInteger(quantity, 'isp.quantity'),
      countryId: optionalPositiveInteger(countryId, 'isp.countryId'),
      authMethod: optionalText(authMethod, 'isp.authMethod'),
      authIp: optionalText(authIp, 'isp.authIp'),
    }

    return { proxyType: 'Isp', body: { packageId, ispData: dropUndefined(ispData) } }
  }
  if ('dedicatedIsp' in input) {
    const quantity = optionalPositiveInteger(input.dedicatedIsp.quantity, 'dedicatedIsp.quantity')

    return { proxyType: 'IspP', body: { packageId, ispData: dropUndefined({ quantity }) } }
  }
  if ('datacenter' in input) {
    const { countryProxies, highConcurrency, highPriority, whitelistedIps } = input.datacenter
    const datacenterPData = {
      country_proxies: buildCountryProxies(countryProxies),
      high_concurrency: highConcurrency ?? false,
      high_priority: highPriority ?? false,
      whitelisted_ips: whitelistedIps ?? false,
    }

    return { proxyType: 'DatacenterP', body: { packageId, datacenterPData } }
  }
  if ('unlimitedResidential' in input) {
    const gatewayServer = input.unlimitedResidential.gatewayServerId
    if (typeof gatewayServer === 'string') assertId(gatewayServer, 'unlimitedResidential.gatewayServerId')
    else optionalPositiveInteger(gatewayServer, 'unlimitedResidential.gatewayServerId')

    // The gateway sits at the top level of the body, not in a nested block.
    return { proxyType: 'UnlimitedResidential', body: { packageId, gateway_server: gatewayServer } }
  }

  if (!PACKAGE_ONLY_TYPES.includes(input.proxyType)) {
    throw new CatProxiesInputError(
      `proxyType: expected one of ${PACKAGE_ONLY_TYPES.join(', ')} for a package-only order, got ${JSON.stringify(input.proxyType)}`,
    )
  }

  return { proxyType: input.proxyType, body: { packageId } }
}

/**
 * Checks a datacenter allocation: ISO alpha-2 upper-case codes and non-negative integer
 * counts. Zero entries are dropped, and an allocation with no IPs left is rejected.
 */
function buildCountryProxies(countryProxies: Record<string, number>): Record<string, number> {
  const allocation: Record<string, number> = {}
  for (const [code, count] of Object.entries(countryProxies)) {
    const field = `datacenter.countryProxies.${code}`
    if (!COUNTRY_CODE_PATTERN.test(code)) {
      throw new CatProxiesInputError(`${field}: expected a two-letter upper-case country code such as "US"`)
    }
    if (!Number.isInteger(count) || count < 0) {
      throw new CatProxiesInputError(`${field}: expected a non-negative integer IP count, got ${count}`)
    }
    if (count > 0) allocation[code] = count
  }
  if (Object.keys(allocation).length === 0) {
    throw new CatProxiesInputError('datacenter.countryProxies: allocate at least one IP to a country')
  }

  return allocation
}

export function assertId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw new CatProxiesInputError(
      `${field}: expected an id of letters, digits, "-" or "_" (at most 128 characters), got ${JSON.stringify(value)}`,
    )
  }

  return value
}

function optionalPositiveInteger(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new CatProxiesInputError(`${field}: expected a positive integer, got ${JSON.stringify(value)}`)
  }

  return value
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CatProxiesInputError(`${field}: expected a non-empty string`)
  }

  return value
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}
