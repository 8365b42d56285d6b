import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { rejectField, type ConfigurationCheck } from '@/lib/products/configuration-check'
import { validateQuantity } from '@/lib/products/validate-quantity'

export type IspConfiguration = {
  countryId: number
  quantity: number
}

/**
 * Checks an ISP configuration against the package: the country must be one of its
 * locations and the quantity a whole number within [minQuantity, maxQuantity]. Pure, so
 * the package form and the checkout route give the same messages.
 */
export function validateIspConfiguration(retailPackage: RetailPackage, configuration: IspConfiguration): ConfigurationCheck {
  const { countryId, quantity } = configuration

  if (!retailPackage.locations.some((location) => location.id === countryId)) {
    const offered = retailPackage.locations.map((location) => location.name ?? location.code ?? String(location.id)).join(', ')
    return rejectField('countryId', `Choose a country this package offers: ${offered}.`)
  }

  return validateQuantity(retailPackage, quantity)
}
