import type { RetailPackage } from '@/lib/catalogue/retail-package'

export type IspConfiguration = {
  countryId: number
  quantity: number
}

export type ConfigurationCheck = { isValid: true } | { isValid: false; field: 'countryId' | 'quantity'; message: string }

/**
 * Checks an ISP configuration against the package: the country must be one of its
 * locations and the quantity a whole number within [minQuantity, maxQuantity]. Pure, so
 * the package form and the checkout route give the same messages.
 */
export function validateIspConfiguration(retailPackage: RetailPackage, configuration: IspConfiguration): ConfigurationCheck {
  const { countryId, quantity } = configuration

  if (!retailPackage.locations.some((location) => location.id === countryId)) {
    const offered = retailPackage.locations.map((location) => location.name ?? location.code ?? String(location.id)).join(', ')
    return { isValid: false, field: 'countryId', message: `Choose a country this package offers: ${offered}.` }
  }

  if (!Number.isInteger(quantity)) {
    return { isValid: false, field: 'quantity', message: 'Quantity must be a whole number.' }
  }

  if (quantity < retailPackage.minQuantity || quantity > retailPackage.maxQuantity) {
    return {
      isValid: false,
      field: 'quantity',
      message: `Quantity must be between ${retailPackage.minQuantity} and ${retailPackage.maxQuantity}.`,
    }
  }

  return { isValid: true }
}
