import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { formatMoney, multiplyMinor, type CurrencyCode } from '@/lib/money/money'
import { getProductFamily } from '@/lib/products/product-families'

export type PackageFact = { label: string; value: string }

export type PackageDescription = {
  /** The listed price, e.g. "$3.25". */
  priceText: string
  /** What the listed price buys, e.g. "per IP / 30 days" or "for 5 GB". */
  priceSuffix: string
  /** The smallest amount one order of this package costs, in minor units. */
  fromPriceMinor: number
  facts: PackageFact[]
}

/**
 * Describes a package in plain words: how it is priced, how long it lasts, how much
 * traffic and speed it includes and where its IPs are. `countryNames` lists the countries
 * the package can deliver, when known (null leaves the locations fact out).
 */
export function describePackage(retailPackage: RetailPackage, countryNames: string[] | null = null): PackageDescription {
  const family = getProductFamily(retailPackage.proxyType)
  const currency = retailPackage.currency as CurrencyCode
  const facts: PackageFact[] = []

  if (family.pricingUnit === 'ip') {
    facts.push({ label: 'Quantity', value: `${retailPackage.minQuantity}–${retailPackage.maxQuantity} IPs per order` })
  } else if (retailPackage.ips !== null && retailPackage.ips > 1) {
    facts.push({ label: 'IPs', value: `${retailPackage.ips} IPs` })
  }
  if (retailPackage.days !== null && retailPackage.days > 0) {
    facts.push({ label: 'Duration', value: `${retailPackage.days} day${retailPackage.days === 1 ? '' : 's'}` })
  }
  const traffic = describeTraffic(retailPackage.bandwidthGb)
  if (traffic !== null) facts.push({ label: 'Traffic', value: traffic })
  if (retailPackage.speedMbps !== null && retailPackage.speedMbps > 0) {
    facts.push({ label: 'Speed', value: `Up to ${retailPackage.speedMbps} Mbps` })
  }
  if (countryNames !== null) {
    facts.push({ label: 'Locations', value: countryNames.length > 0 ? countryNames.join(', ') : 'None available right now' })
  }

  return {
    priceText: formatMoney(retailPackage.unitPriceMinor, currency),
    priceSuffix: describePriceBasis(retailPackage),
    fromPriceMinor: multiplyMinor(retailPackage.unitPriceMinor, family.pricingUnit === 'ip' ? retailPackage.minQuantity : 1),
    facts,
  }
}

function describeTraffic(bandwidthGb: number | null): string | null {
  if (bandwidthGb === null) return null
  if (bandwidthGb === 0) return 'Unlimited'

  return `${bandwidthGb} GB`
}

function describePriceBasis(retailPackage: RetailPackage): string {
  const family = getProductFamily(retailPackage.proxyType)
  const days = retailPackage.days !== null && retailPackage.days > 0 ? `${retailPackage.days} day${retailPackage.days === 1 ? '' : 's'}` : null

  if (family.pricingUnit === 'ip') return days ? `per IP / ${days}` : 'per IP'
  if (retailPackage.bandwidthGb !== null && retailPackage.bandwidthGb > 0) return `for ${retailPackage.bandwidthGb} GB`
  if (retailPackage.ips !== null && retailPackage.ips > 1) return days ? `for ${retailPackage.ips} IPs / ${days}` : `for ${retailPackage.ips} IPs`

  return days ? `for ${days}` : 'per package'
}
