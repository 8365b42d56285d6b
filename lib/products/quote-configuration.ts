import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { multiplyMinor } from '@/lib/money/money'
import type { ProductConfiguration } from '@/lib/products/configuration-schema'
import { getProductFamily, type PricingUnit } from '@/lib/products/product-families'

/** Price of a configuration. Every amount is integer minor units of `currency`. */
export type ConfigurationQuote = {
  pricingUnit: PricingUnit
  /** Units charged: IPs for per-IP products, 1 for a package. */
  quantity: number
  /** Retail price per unit: the reseller price with the tenant's markup (see `toRetailPackage`). */
  unitPriceMinor: number
  totalMinor: number
  currency: string
  /** Reseller price per unit upstream, or null when the caller did not pass it (it is never sent to the browser). */
  upstreamUnitCostMinor: number | null
  upstreamCostMinor: number | null
}

/** Units a configuration charges for: the chosen quantity for per-IP products, one package otherwise. */
export function billableQuantity(configuration: ProductConfiguration): number {
  return configuration.proxyType === 'Isp' || configuration.proxyType === 'IspP' ? configuration.quantity : 1
}

export type QuoteConfigurationInput = {
  retailPackage: RetailPackage
  configuration: ProductConfiguration
  resellerPriceMinor?: number | null
}

/**
 * Prices a configuration that has passed validation. Pure, so the form's live total and
 * the checkout's charge come from the same arithmetic. Throws RangeError when the
 * quantity is not a non-negative integer or a total leaves the safe integer range.
 */
export function quoteConfiguration({ retailPackage, configuration, resellerPriceMinor = null }: QuoteConfigurationInput): ConfigurationQuote {
  const { pricingUnit } = getProductFamily(retailPackage.proxyType)
  const quantity = billableQuantity(configuration)

  return {
    pricingUnit,
    quantity,
    unitPriceMinor: retailPackage.unitPriceMinor,
    totalMinor: multiplyMinor(retailPackage.unitPriceMinor, quantity),
    currency: retailPackage.currency,
    upstreamUnitCostMinor: resellerPriceMinor,
    upstreamCostMinor: resellerPriceMinor === null ? null : multiplyMinor(resellerPriceMinor, quantity),
  }
}
