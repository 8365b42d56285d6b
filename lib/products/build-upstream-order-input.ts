import type { CreateOrderInput } from '@/lib/catproxies/types'
import { parseProxyType } from '@/lib/products/product-families'
import { parseStoredConfiguration } from '@/lib/products/stored-configuration'

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
 * stored at checkout. Pure. Throws for a proxy type the storefront does not sell or a
 * stored configuration that does not fit its type; neither is fixed by retrying.
 */
export function buildUpstreamOrderInput(order: OrderForPlacement): CreateOrderInput {
  const proxyType = parseProxyType(order.proxyType)
  if (proxyType === null) throw new Error(`Orders of proxy type ${order.proxyType} cannot be placed`)

  const configuration = parseStoredConfiguration(proxyType, order.configuration)
  const { packageId } = order

  switch (configuration.proxyType) {
    case 'Isp':
      return { packageId, isp: { quantity: order.quantity, countryId: order.countryId ?? undefined } }
    case 'IspP':
      return { packageId, dedicatedIsp: { quantity: order.quantity } }
    case 'DatacenterP':
      // The add-on flags stay off: the storefront does not sell them because their upstream price is unknown.
      return { packageId, datacenter: { countryProxies: configuration.countryProxies } }
    case 'UnlimitedResidential':
      return { packageId, unlimitedResidential: { gatewayServerId: configuration.gatewayServer.id } }
    case 'RotatingMobile':
      // TODO: send the stored targeting ids once the order body for mobile targeting is known;
      // the one recorded client sends `{ packageId }` alone, so targeting reaches the gateway
      // only through the username (country and city).
      return { packageId, proxyType: 'RotatingMobile' }
    default:
      return { packageId, proxyType: configuration.proxyType }
  }
}
