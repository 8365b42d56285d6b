import type { ProxyType, StoreLocation, StorePackage } from '@/lib/catproxies/types'
import { applyMarkup } from '@/lib/money/money'

/**
 * A package as the storefront sells it: the tenant's retail price instead of the
 * reseller price. Safe to send to the browser (no cost, no keys).
 */
export type RetailPackage = {
  packageId: string
  title: string
  description: string | null
  proxyType: ProxyType
  /** Retail price per unit in minor units: per IP for Isp and IspP, per package for every other type. */
  unitPriceMinor: number
  currency: string
  minQuantity: number
  maxQuantity: number
  locations: StoreLocation[]
  /** IPs in a datacenter package; a country allocation must add up to this. */
  ips: number | null
  days: number | null
  /** Traffic included in GB; 0 means unlimited. */
  bandwidthGb: number | null
  speedMbps: number | null
}

// CatProxies documents quantity bounds only for ISP packages (Dedicated ISP packages carry
// them too); every other package is sold one at a time.
const DEFAULT_MAX_QUANTITY = 1

/** Converts an upstream package to its retail form with the tenant's markup in basis points. */
export function toRetailPackage(storePackage: StorePackage, markupBasisPoints: number, currency: string): RetailPackage {
  const minQuantity = Math.max(1, storePackage.minQty ?? 1)
  const maxQuantity = Math.max(minQuantity, storePackage.maxQty ?? DEFAULT_MAX_QUANTITY)

  return {
    packageId: storePackage.packageId,
    title: storePackage.title,
    description: storePackage.description,
    proxyType: storePackage.proxyType,
    unitPriceMinor: applyMarkup(storePackage.resellerPriceMinor, markupBasisPoints),
    currency,
    minQuantity,
    maxQuantity,
    locations: storePackage.locations,
    ips: storePackage.ips,
    days: storePackage.days,
    bandwidthGb: storePackage.bandwidthGb,
    speedMbps: storePackage.speedMbps,
  }
}
