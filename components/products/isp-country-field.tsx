import { describedBy, FieldError } from '@/components/products/field-error'
import type { StoreLocation } from '@/lib/catproxies/types'

type IspCountryFieldProps = {
  locations: StoreLocation[]
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** Renders the country choice of a Static ISP order, from the package's locations. */
export function IspCountryField({ locations, value, error, onChange }: IspCountryFieldProps) {
  return (
    <div>
      <label htmlFor="country" className="block text-sm font-medium text-slate-800">
        Country
      </label>
      <select
        id="country"
        name="countryId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && 'country-error')}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      >
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {location.name ?? location.code ?? `Location ${location.id}`}
          </option>
        ))}
      </select>
      <FieldError id="country-error" message={error} />
    </div>
  )
}
