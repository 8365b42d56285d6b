'use client'

import type { ConfigurationDraft } from '@/components/catalogue/use-configuration-draft'
import { DatacenterAllocationFields } from '@/components/products/datacenter-allocation-fields'
import { GatewayServerField } from '@/components/products/gateway-server-field'
import { IspCountryField } from '@/components/products/isp-country-field'
import { MobileTargetingFields } from '@/components/products/mobile-targeting-fields'
import { QuantityField } from '@/components/products/quantity-field'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'

type ConfigurationFieldsProps = {
  tenantId: string
  retailPackage: RetailPackage
  datacenterStock: DatacenterStockEntry[] | null
  gatewayServers: GatewayServerOption[] | null
  draft: ConfigurationDraft
  errors: Record<string, string>
  /** Clears the error of a field the customer has just changed. */
  onEdit: (field: string) => void
}

/** Renders the inputs a package's type needs before checkout. Package-only types need none. */
export function ConfigurationFields({ tenantId, retailPackage, datacenterStock, gatewayServers, draft, errors, onEdit }: ConfigurationFieldsProps) {
  const quantityField = (
    <QuantityField
      retailPackage={retailPackage}
      value={draft.quantityText}
      error={errors.quantity}
      onChange={(value) => {
        draft.setQuantityText(value)
        onEdit('quantity')
      }}
    />
  )

  switch (retailPackage.proxyType) {
    case 'Isp':
      return (
        <>
          <IspCountryField locations={retailPackage.locations} value={draft.countryId} error={errors.countryId} onChange={draft.setCountryId} />
          {quantityField}
        </>
      )
    case 'IspP':
      return quantityField
    case 'DatacenterP':
      return datacenterStock === null ? (
        <UnavailableNotice>Datacenter stock cannot be read right now, so this package cannot be configured. Please reload in a minute.</UnavailableNotice>
      ) : (
        <DatacenterAllocationFields
          packageIps={retailPackage.ips ?? 0}
          stock={datacenterStock}
          allocation={draft.allocation}
          errors={errors}
          onChange={(code, value) => {
            draft.setAllocationFor(code, value)
            onEdit(`countryProxies.${code}`)
            onEdit('countryProxies')
          }}
        />
      )
    case 'UnlimitedResidential':
      return gatewayServers === null ? (
        <UnavailableNotice>Gateway servers cannot be read right now, so this package cannot be configured. Please reload in a minute.</UnavailableNotice>
      ) : (
        <GatewayServerField servers={gatewayServers} value={draft.gatewayServerId} error={errors.gatewayServerId} onChange={draft.setGatewayServerId} />
      )
    case 'RotatingMobile':
      return (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Targeting</legend>
          <p className="mb-3 mt-1 text-sm text-slate-600">Leave a level on “Any” to use the whole pool at that level.</p>
          <MobileTargetingFields
            tenantId={tenantId}
            idPrefix="mobile"
            selection={draft.mobileSelection}
            errors={errors}
            isCarrierShown
            onChange={(selection) => {
              draft.setMobileSelection(selection)
              for (const level of ['countryId', 'regionId', 'cityId', 'carrierId']) onEdit(`targeting.${level}`)
            }}
          />
        </fieldset>
      )
    default:
      return <p className="text-sm text-slate-700">Nothing to choose: this package is ready to buy as it is.</p>
  }
}

function UnavailableNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
      {children}
    </p>
  )
}
