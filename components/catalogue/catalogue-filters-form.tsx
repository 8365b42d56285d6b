import Link from 'next/link'

import { describedBy, FieldError } from '@/components/products/field-error'
import type { CountryOption, ParsedCatalogueFilters } from '@/lib/products/catalogue-filters'
import { PRODUCT_FAMILIES } from '@/lib/products/product-families'

type CatalogueFiltersFormProps = {
  /** The raw query values, so the inputs show what the customer typed. */
  values: { type: string; country: string; minPrice: string; maxPrice: string }
  errors: ParsedCatalogueFilters['errors']
  countries: CountryOption[]
}

/**
 * Filters for the catalogue as a plain GET form: it works before any script loads, and
 * the filtered page has a URL the customer can share.
 */
export function CatalogueFiltersForm({ values, errors, countries }: CatalogueFiltersFormProps) {
  const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600'

  return (
    <form method="get" action="/" role="search" aria-label="Filter packages" className="mb-8 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div>
        <label htmlFor="filter-type" className="block text-sm font-medium text-slate-800">
          Product type
        </label>
        <select id="filter-type" name="type" defaultValue={values.type} aria-invalid={errors.type ? true : undefined} aria-describedby={describedBy(errors.type && 'filter-type-error')} className={inputClass}>
          <option value="">All types</option>
          {PRODUCT_FAMILIES.map((family) => (
            <option key={family.proxyType} value={family.proxyType}>
              {family.label}
            </option>
          ))}
        </select>
        <FieldError id="filter-type-error" message={errors.type} />
      </div>
      <div>
        <label htmlFor="filter-country" className="block text-sm font-medium text-slate-800">
          Country
        </label>
        <select id="filter-country" name="country" defaultValue={values.country.toUpperCase()} aria-invalid={errors.country ? true : undefined} aria-describedby={describedBy(errors.country && 'filter-country-error')} className={inputClass}>
          <option value="">Any country</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldError id="filter-country-error" message={errors.country} />
      </div>
      <PriceInput id="filter-min-price" name="minPrice" label="Minimum price ($)" value={values.minPrice} error={errors.minPrice} className={inputClass} />
      <PriceInput id="filter-max-price" name="maxPrice" label="Maximum price ($)" value={values.maxPrice} error={errors.maxPrice} className={inputClass} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md px-4 py-2 font-semibold text-white" style={{ background: 'var(--brand)' }}>
          Apply filters
        </button>
        <Link href="/" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline">
          Clear
        </Link>
      </div>
      <p id="price-filter-hint" className="text-sm text-slate-600 sm:col-span-2 lg:col-span-5">
        Prices compare what the smallest order of each package costs: the minimum number of IPs, or one whole package.
      </p>
    </form>
  )
}

type PriceInputProps = { id: string; name: string; label: string; value: string; error: string | undefined; className: string }

function PriceInput({ id, name, label, value, error, className }: PriceInputProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        defaultValue={value}
        placeholder="e.g. 25"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('price-filter-hint', error && `${id}-error`)}
        className={className}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
