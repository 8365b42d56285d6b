'use client'

import { useResidentialTargeting } from '@/components/products/use-residential-targeting'
import { listResidentialCities } from '@/lib/products/residential-targeting-options'

export type ResidentialSelection = { countryCode: string | null; usState: string | null; city: string | null }

type ResidentialTargetingFieldsProps = {
  tenantId: string
  selection: ResidentialSelection
  onChange: (selection: ResidentialSelection) => void
}

const selectClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 disabled:bg-slate-100 disabled:text-slate-600'

/**
 * Country, US state and city for residential proxy strings. A state is offered only for
 * the United States, and changing a level clears the levels below it.
 */
export function ResidentialTargetingFields({ tenantId, selection, onChange }: ResidentialTargetingFieldsProps) {
  const targeting = useResidentialTargeting(tenantId)
  const options = targeting.data
  const cities = options ? listResidentialCities(options, selection.countryCode, selection.usState) : []
  const isLoading = targeting.isPending

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div>
        <label htmlFor="builder-country" className="block text-sm font-medium text-slate-800">
          Country
        </label>
        <select
          id="builder-country"
          value={selection.countryCode ?? ''}
          disabled={!options}
          aria-busy={isLoading || undefined}
          onChange={(event) => onChange({ countryCode: event.target.value || null, usState: null, city: null })}
          className={selectClass}
        >
          <option value="">{isLoading ? 'Loading countries…' : 'Any country'}</option>
          {options?.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {targeting.isError ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {targeting.error.message}{' '}
            <button type="button" className="underline" onClick={() => void targeting.refetch()}>
              Try again
            </button>
          </p>
        ) : null}
      </div>
      {selection.countryCode === 'us' ? (
        <div>
          <label htmlFor="builder-state" className="block text-sm font-medium text-slate-800">
            US state
          </label>
          <select id="builder-state" value={selection.usState ?? ''} onChange={(event) => onChange({ ...selection, usState: event.target.value || null, city: null })} className={selectClass}>
            <option value="">Any state</option>
            {options?.usStates.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="builder-city" className="block text-sm font-medium text-slate-800">
          City
        </label>
        <select
          id="builder-city"
          value={selection.city ?? ''}
          disabled={selection.countryCode === null || cities.length === 0}
          aria-describedby={selection.countryCode === null ? 'builder-city-hint' : undefined}
          onChange={(event) => onChange({ ...selection, city: event.target.value || null })}
          className={selectClass}
        >
          <option value="">Any city</option>
          {cities.map((city) => (
            <option key={city} value={city}>
              {city}
            </option>
          ))}
        </select>
        {selection.countryCode === null ? (
          <p id="builder-city-hint" className="mt-1 text-sm text-slate-600">
            Choose a country first.
          </p>
        ) : null}
      </div>
    </div>
  )
}
