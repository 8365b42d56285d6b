import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { ProductConfiguration } from '@/lib/products/configuration-schema'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'
import type { StoredConfiguration } from '@/lib/products/stored-configuration'
import { validateDatacenterAllocation } from '@/lib/products/validate-datacenter-allocation'
import { validateGatewayServer } from '@/lib/products/validate-gateway-server'
import { validateIspConfiguration } from '@/lib/products/validate-isp-configuration'
import { validateMobileTargeting, type MobileTargetingLists } from '@/lib/products/validate-mobile-targeting'
import { validateQuantity } from '@/lib/products/validate-quantity'

/** Live data a configuration is checked against. Each type needs only its own entry. */
export type ConfigurationContext = {
  datacenterStock?: DatacenterStockEntry[]
  gatewayServers?: GatewayServerOption[]
  mobileTargeting?: MobileTargetingLists
}

/** A configuration ready to store on the order row. */
export type AcceptedConfiguration = {
  stored: StoredConfiguration
  /** The ISP `countryId` column; null for other types. */
  countryId: number | null
  /** Location of the IPs for order lists: a country, or several joined with ", ". */
  countryName: string | null
}

export type ValidateConfigurationInput = {
  retailPackage: RetailPackage
  configuration: ProductConfiguration
  context: ConfigurationContext
}

/**
 * Checks a configuration against its package and live data, and returns what to store.
 * Pure, and shared by the package form and the checkout route. A failure names the
 * field. Throws when the context lacks the data the type needs, which is a caller bug.
 */
export function validateConfiguration({ retailPackage, configuration, context }: ValidateConfigurationInput): ConfigurationResult<AcceptedConfiguration> {
  if (configuration.proxyType !== retailPackage.proxyType) {
    return rejectField('proxyType', `This package is sold as ${retailPackage.proxyType}, not ${configuration.proxyType}.`)
  }

  switch (configuration.proxyType) {
    case 'Isp': {
      const check = validateIspConfiguration(retailPackage, configuration)
      if (!check.isValid) return check
      const location = retailPackage.locations.find((candidate) => candidate.id === configuration.countryId)
      const countryName = location?.name ?? location?.code ?? `Country ${configuration.countryId}`

      return accept({ proxyType: 'Isp' }, configuration.countryId, countryName)
    }
    case 'IspP': {
      const check = validateQuantity(retailPackage, configuration.quantity)

      return check.isValid ? accept({ proxyType: 'IspP' }) : check
    }
    case 'DatacenterP': {
      const stock = required(context.datacenterStock, 'datacenterStock')
      const check = validateDatacenterAllocation({ packageIps: retailPackage.ips, countryProxies: configuration.countryProxies, stock })
      if (!check.isValid) return check
      const names = Object.keys(check.value).map((code) => stock.find((entry) => entry.code === code)?.name ?? code)

      return accept({ proxyType: 'DatacenterP', countryProxies: check.value }, null, names.join(', '))
    }
    case 'UnlimitedResidential': {
      const check = validateGatewayServer(configuration.gatewayServerId, required(context.gatewayServers, 'gatewayServers'))

      return check.isValid ? accept({ proxyType: 'UnlimitedResidential', gatewayServer: check.value }) : check
    }
    case 'RotatingMobile': {
      const check = validateMobileTargeting(configuration.targeting, required(context.mobileTargeting, 'mobileTargeting'))

      return check.isValid ? accept({ proxyType: 'RotatingMobile', targeting: check.value }, null, check.value.country?.name ?? null) : check
    }
    default:
      return accept({ proxyType: configuration.proxyType })
  }
}

function accept(stored: StoredConfiguration, countryId: number | null = null, countryName: string | null = null): ConfigurationResult<AcceptedConfiguration> {
  return { isValid: true, value: { stored, countryId, countryName } }
}

function required<T>(value: T | undefined, name: keyof ConfigurationContext): T {
  if (value === undefined) throw new Error(`validateConfiguration needs context.${name} for this proxy type`)

  return value
}
