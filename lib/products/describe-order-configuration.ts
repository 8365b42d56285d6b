import { getProductFamily } from '@/lib/products/product-families'
import type { StoredConfiguration } from '@/lib/products/stored-configuration'
import { countryNameOf } from '@/lib/products/country-name'

export type DescribeOrderConfigurationInput = {
  configuration: StoredConfiguration
  /** Units charged: IPs for per-IP products. */
  quantity: number
  countryName: string | null
}

/**
 * Describes what an order contains in one plain line for order pages, e.g. "3 IPs in Germany",
 * "10 IPs: United States 6, Germany 4", "Gateway server US East",
 * "United States › California › Los Angeles › T-Mobile" or "Traffic package".
 */
export function describeOrderConfiguration({ configuration, quantity, countryName }: DescribeOrderConfigurationInput): string {
  switch (configuration.proxyType) {
    case 'Isp':
    case 'IspP': {
      const ips = `${quantity} IP${quantity === 1 ? '' : 's'}`
      return countryName ? `${ips} in ${countryName}` : ips
    }
    case 'DatacenterP': {
      // Largest share first: the stored JSON does not keep the order the customer entered.
      const entries = Object.entries(configuration.countryProxies).sort(([leftCode, left], [rightCode, right]) => right - left || leftCode.localeCompare(rightCode))
      const total = entries.reduce((sum, [, count]) => sum + count, 0)
      return `${total} IPs: ${entries.map(([code, count]) => `${countryNameOf(code)} ${count}`).join(', ')}`
    }
    case 'UnlimitedResidential':
      return `Gateway server ${configuration.gatewayServer.name}`
    case 'RotatingMobile': {
      const { country, region, city, carrier } = configuration.targeting
      const path = [country, region, city, carrier].filter((option) => option !== null).map((option) => option.name)
      return path.length > 0 ? `Targeting: ${path.join(' › ')}` : 'Any country and carrier'
    }
    case 'Ipv6p':
      return 'IPv6 package'
    default:
      return `${getProductFamily(configuration.proxyType).label} traffic package`
  }
}
