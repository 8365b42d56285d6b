import type { CreateOrderInput } from '@/lib/catproxies/types'

export type OrderForPlacement = {
  packageId: string
  proxyType: string
  quantity: number
  countryId: number | null
  /** The product configuration stored at checkout. */
  configuration: unknown
}

/**
 * Builds the CatProxies order request for a paid order from what was validated and
 * stored at checkout. Throws for a product type the storefront does not sell.
 */
export function buildUpstreamOrderInput(order: OrderForPlacement): CreateOrderInput {
  switch (order.proxyType) {
    case 'Isp':
      return { packageId: order.packageId, isp: { quantity: order.quantity, countryId: order.countryId ?? undefined } }
    default:
      throw new Error(`Orders of proxy type ${order.proxyType} cannot be placed yet`)
  }
}
