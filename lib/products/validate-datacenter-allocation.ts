import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'

export type ValidateDatacenterAllocationInput = {
  /** IPs in the package; the allocation must add up to exactly this. */
  packageIps: number | null
  /** Country code → IP count, as the customer entered it. */
  countryProxies: Record<string, number>
  stock: DatacenterStockEntry[]
}

/**
 * Checks a datacenter country allocation: every country must be one upstream stocks, no
 * country may get more IPs than it has in stock, and the counts must add up to the
 * package's IPs. Returns the allocation with upper-case codes and zero entries dropped,
 * in the order the stock lists the countries.
 */
export function validateDatacenterAllocation(input: ValidateDatacenterAllocationInput): ConfigurationResult<Record<string, number>> {
  const { packageIps, countryProxies, stock } = input
  if (packageIps === null || packageIps < 1) {
    return rejectField('packageId', 'This package does not say how many IPs it contains, so it cannot be ordered.')
  }

  const requested = new Map<string, number>()
  for (const [rawCode, count] of Object.entries(countryProxies)) {
    const code = rawCode.trim().toUpperCase()
    const field = `countryProxies.${rawCode}`
    if (!Number.isInteger(count) || count < 0) return rejectField(field, 'Enter a whole number of IPs, 0 or more.')
    if (count === 0) continue

    const country = stock.find((entry) => entry.code === code)
    if (!country) return rejectField(field, `Datacenter IPs are not offered in ${rawCode}. Choose a country from the list.`)
    const total = (requested.get(code) ?? 0) + count
    if (total > country.available) {
      const message = country.available === 0
        ? `${country.name} is out of stock.`
        : `${country.name} has ${country.available} IPs in stock; allocate at most ${country.available}.`

      return rejectField(field, message)
    }
    requested.set(code, total)
  }

  const allocated = [...requested.values()].reduce((sum, count) => sum + count, 0)
  if (allocated !== packageIps) {
    return rejectField('countryProxies', `Allocate exactly ${packageIps} IPs across countries; ${allocated} ${allocated === 1 ? 'is' : 'are'} allocated.`)
  }

  const ordered = stock.filter((entry) => requested.has(entry.code)).map((entry) => [entry.code, requested.get(entry.code) ?? 0] as const)

  return { isValid: true, value: Object.fromEntries(ordered) }
}
