'use client'

import { TargetingSelect } from '@/components/products/targeting-select'
import { useMobileTargetingOptions } from '@/components/products/use-mobile-targeting-options'
import type { MobileTargetingChoice } from '@/lib/products/configuration-schema'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'

/** The chosen options at each level, with names and codes, beside the ids. */
export type MobileTargetingSelection = {
  country: TargetingChoiceOption | null
  region: TargetingChoiceOption | null
  city: TargetingChoiceOption | null
  carrier: TargetingChoiceOption | null
}

export const EMPTY_MOBILE_SELECTION: MobileTargetingSelection = { country: null, region: null, city: null, carrier: null }

type MobileTargetingFieldsProps = {
  tenantId: string
  /** Prefix for element ids, so two copies can share a page. */
  idPrefix: string
  selection: MobileTargetingSelection
  /** Errors keyed like the API's fields: "targeting.countryId", … */
  errors: Record<string, string>
  isCarrierShown: boolean
  onChange: (selection: MobileTargetingSelection) => void
}

/**
 * Cascading selects for Rotating Mobile targeting: country → region → city, and a
 * carrier narrowed by whatever is chosen above it. Changing a level clears the levels
 * below. Options come from the storefront's cached targeting routes.
 */
export function MobileTargetingFields({ tenantId, idPrefix, selection, errors, isCarrierShown, onChange }: MobileTargetingFieldsProps) {
  const countryId = selection.country?.id ?? null
  const regionId = selection.region?.id ?? null
  const cityId = selection.city?.id ?? null
  const countries = useMobileTargetingOptions({ tenantId, level: 'countries' })
  const regions = useMobileTargetingOptions({ tenantId, level: 'regions', countryId, isEnabled: countryId !== null })
  const cities = useMobileTargetingOptions({ tenantId, level: 'cities', countryId, regionId, isEnabled: regionId !== null })
  const carriers = useMobileTargetingOptions({ tenantId, level: 'carriers', countryId, regionId, cityId, isEnabled: isCarrierShown && countryId !== null })

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TargetingSelect
        id={`${idPrefix}-country`}
        label="Country"
        anyLabel="Any country"
        disabledReason={null}
        query={countries}
        value={countryId}
        error={errors['targeting.countryId']}
        onChange={(country) => onChange({ country, region: null, city: null, carrier: null })}
      />
      <TargetingSelect
        id={`${idPrefix}-region`}
        label="Region"
        anyLabel="Any region"
        disabledReason={countryId === null ? 'Choose a country first.' : null}
        query={regions}
        value={regionId}
        error={errors['targeting.regionId']}
        onChange={(region) => onChange({ ...selection, region, city: null, carrier: null })}
      />
      <TargetingSelect
        id={`${idPrefix}-city`}
        label="City"
        anyLabel="Any city"
        disabledReason={regionId === null ? 'Choose a region first.' : null}
        query={cities}
        value={cityId}
        error={errors['targeting.cityId']}
        onChange={(city) => onChange({ ...selection, city, carrier: null })}
      />
      {isCarrierShown ? (
        <TargetingSelect
          id={`${idPrefix}-carrier`}
          label="Carrier"
          anyLabel="Any carrier"
          disabledReason={countryId === null ? 'Choose a country first.' : null}
          query={carriers}
          value={selection.carrier?.id ?? null}
          error={errors['targeting.carrierId']}
          onChange={(carrier) => onChange({ ...selection, carrier })}
        />
      ) : null}
    </div>
  )
}
