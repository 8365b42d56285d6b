import type { SimPackage } from '../fixtures'
import { SimHttpError } from '../http'

/** Validators for the nested blocks of a `POST /order` body. Each 400 message names the field. */

/** `ispData.quantity`: an integer within the package's [minQty, maxQty], 1 when omitted. */
export function readQuantity(ispData: Record<string, unknown>, item: SimPackage): number {
  const quantity = ispData.quantity ?? 1
  const minQty = item.minQty ?? 1
  const maxQty = item.maxQty ?? Number.MAX_SAFE_INTEGER
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < minQty || quantity > maxQty) {
    throw new SimHttpError(400, `Invalid number of IPs: ispData.quantity must be an integer between ${minQty} and ${maxQty}, got ${JSON.stringify(quantity)}`)
  }

  return quantity
}

/** `ispData.countryId`: an integer id, or undefined when omitted. */
export function readCountryId(ispData: Record<string, unknown>): number | undefined {
  const countryId = ispData.countryId
  if (countryId === undefined || countryId === null) return undefined
  if (typeof countryId !== 'number' || !Number.isInteger(countryId)) {
    throw new SimHttpError(400, `ispData.countryId must be an integer location id, got ${JSON.stringify(countryId)}`)
  }

  return countryId
}

/**
 * `datacenterPData.country_proxies`: ISO alpha-2 codes mapped to IP counts that add up to
 * the package's `ips`, each within the country's stock. Zero entries are ignored. The
 * add-on flags must be booleans when present.
 * NOTE: upstream enforcement of the sum and stock rules is inferred, not documented.
 */
export function readDatacenterAllocation(
  data: Record<string, unknown>,
  item: SimPackage,
  stock: Map<string, number>,
): Record<string, number> {
  const allocation = data.country_proxies
  if (typeof allocation !== 'object' || allocation === null || Array.isArray(allocation)) {
    throw new SimHttpError(400, 'datacenterPData.country_proxies is required: an object such as {"US": 10}')
  }
  for (const flag of ['high_concurrency', 'high_priority', 'whitelisted_ips']) {
    if (data[flag] !== undefined && typeof data[flag] !== 'boolean') {
      throw new SimHttpError(400, `datacenterPData.${flag} must be a boolean`)
    }
  }

  const result: Record<string, number> = {}
  let total = 0
  for (const [code, count] of Object.entries(allocation)) {
    const field = `datacenterPData.country_proxies.${code}`
    if (!/^[A-Z]{2}$/.test(code)) throw new SimHttpError(400, `${field}: country code must be two upper-case letters`)
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new SimHttpError(400, `${field} must be a non-negative integer, got ${JSON.stringify(count)}`)
    }
    if (count === 0) continue

    const available = stock.get(code)
    if (available === undefined) throw new SimHttpError(400, `${field}: no datacenter IPs are offered in ${code}`)
    if (count > available) throw new SimHttpError(400, `${field}: ${count} requested but only ${available} available`)
    result[code] = count
    total += count
  }

  const expected = item.ips ?? 0
  if (total !== expected) {
    throw new SimHttpError(400, `datacenterPData.country_proxies must add up to ${expected} IPs, got ${total}`)
  }

  return result
}
