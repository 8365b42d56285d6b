'use client'

import { useState } from 'react'

import { defaultAllocation } from '@/components/products/datacenter-allocation-fields'
import { EMPTY_MOBILE_SELECTION, type MobileTargetingSelection } from '@/components/products/mobile-targeting-fields'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { ProductConfiguration } from '@/lib/products/configuration-schema'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'

export type ConfigurationDraftInput = {
  retailPackage: RetailPackage
  datacenterStock: DatacenterStockEntry[] | null
  gatewayServers: GatewayServerOption[] | null
}

/**
 * Form state for every product type and its conversion into the request's
 * configuration. Text inputs stay text until `toConfiguration`, which reports an entry
 * that is not a whole number under the field the API would name.
 */
export function useConfigurationDraft({ retailPackage, datacenterStock, gatewayServers }: ConfigurationDraftInput) {
  const [countryId, setCountryId] = useState(String(retailPackage.locations[0]?.id ?? ''))
  const [quantityText, setQuantityText] = useState(String(retailPackage.minQuantity))
  const [allocation, setAllocation] = useState<Record<string, string>>(() => defaultAllocation(retailPackage.ips ?? 0, datacenterStock ?? []))
  const [gatewayServerId, setGatewayServerId] = useState(gatewayServers?.[0]?.id ?? '')
  const [mobileSelection, setMobileSelection] = useState<MobileTargetingSelection>(EMPTY_MOBILE_SELECTION)

  function toConfiguration(): ConfigurationResult<ProductConfiguration> {
    const quantity = quantityText.trim() === '' ? Number.NaN : Number(quantityText)

    switch (retailPackage.proxyType) {
      case 'Isp':
        if (!Number.isInteger(quantity)) return rejectField('quantity', 'Quantity must be a whole number.')
        return { isValid: true, value: { proxyType: 'Isp', countryId: Number(countryId), quantity } }
      case 'IspP':
        if (!Number.isInteger(quantity)) return rejectField('quantity', 'Quantity must be a whole number.')
        return { isValid: true, value: { proxyType: 'IspP', quantity } }
      case 'DatacenterP':
        return toDatacenterConfiguration(allocation)
      case 'UnlimitedResidential':
        return { isValid: true, value: { proxyType: 'UnlimitedResidential', gatewayServerId } }
      case 'RotatingMobile': {
        const { country, region, city, carrier } = mobileSelection
        const targeting = { countryId: country?.id ?? null, regionId: region?.id ?? null, cityId: city?.id ?? null, carrierId: carrier?.id ?? null }
        return { isValid: true, value: { proxyType: 'RotatingMobile', targeting } }
      }
      default:
        return { isValid: true, value: { proxyType: retailPackage.proxyType } }
    }
  }

  return {
    countryId,
    setCountryId,
    quantityText,
    setQuantityText,
    allocation,
    setAllocationFor: (code: string, value: string) => setAllocation((current) => ({ ...current, [code]: value })),
    gatewayServerId,
    setGatewayServerId,
    mobileSelection,
    setMobileSelection,
    toConfiguration,
  }
}

export type ConfigurationDraft = ReturnType<typeof useConfigurationDraft>

function toDatacenterConfiguration(allocation: Record<string, string>): ConfigurationResult<ProductConfiguration> {
  const countryProxies: Record<string, number> = {}
  for (const [code, text] of Object.entries(allocation)) {
    if (text.trim() === '') continue
    const count = Number(text)
    if (!Number.isInteger(count) || count < 0) return rejectField(`countryProxies.${code}`, 'Enter a whole number of IPs, 0 or more.')
    countryProxies[code] = count
  }

  return { isValid: true, value: { proxyType: 'DatacenterP', countryProxies } }
}
