import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { rejectField, type ConfigurationCheck } from '@/lib/products/configuration-check'

/** Checks that `quantity` is a whole number within the package's [minQuantity, maxQuantity]. */
export function validateQuantity(retailPackage: RetailPackage, quantity: number): ConfigurationCheck {
  if (!Number.isInteger(quantity)) return rejectField('quantity', 'Quantity must be a whole number.')

  if (quantity < retailPackage.minQuantity || quantity > retailPackage.maxQuantity) {
    return rejectField('quantity', `Quantity must be between ${retailPackage.minQuantity} and ${retailPackage.maxQuantity}.`)
  }

  return { isValid: true }
}
