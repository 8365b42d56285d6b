import { describedBy, FieldError } from '@/components/products/field-error'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'

type DatacenterAllocationFieldsProps = {
  packageIps: number
  stock: DatacenterStockEntry[]
  /** Country code → the text typed in its input. */
  allocation: Record<string, string>
  errors: Record<string, string>
  onChange: (code: string, value: string) => void
}

/**
 * Renders the split of a datacenter package's IPs across countries. Each country is
 * bounded by its stock, and a running total shows how many IPs are still to place.
 */
export function DatacenterAllocationFields({ packageIps, stock, allocation, errors, onChange }: DatacenterAllocationFieldsProps) {
  const allocated = Object.values(allocation).reduce((sum, text) => sum + (Number.isInteger(Number(text)) ? Number(text) : 0), 0)
  const remaining = packageIps - allocated
  const totalError = errors.countryProxies

  return (
    <fieldset aria-describedby={describedBy('allocation-hint', 'allocation-status', totalError && 'allocation-error')}>
      <legend className="text-sm font-medium text-slate-800">Countries</legend>
      <p id="allocation-hint" className="mt-1 text-sm text-slate-600">
        Split the package’s {packageIps} IPs across countries. Each country can take up to its stock.
      </p>
      {stock.length === 0 ? (
        <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          No datacenter country has IPs in stock right now. Please check back later.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200">
          {stock.map((country) => {
            const inputId = `allocation-${country.code}`
            const error = errors[`countryProxies.${country.code}`]
            const isOutOfStock = country.available === 0

            return (
              <li key={country.code} className="px-3 py-2">
                <div className="flex items-center gap-3">
                  <label htmlFor={inputId} className="min-w-0 flex-1 text-sm text-slate-900">
                    <span className="font-medium">{country.name}</span>{' '}
                    <span className="text-slate-600">({isOutOfStock ? 'out of stock' : `${country.available} in stock`})</span>
                  </label>
                  <input
                    id={inputId}
                    name={`countryProxies.${country.code}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={Math.min(country.available, packageIps)}
                    step={1}
                    disabled={isOutOfStock}
                    value={allocation[country.code] ?? ''}
                    placeholder="0"
                    onChange={(event) => onChange(country.code, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(error && `${inputId}-error`)}
                    className="w-20 shrink-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-right disabled:bg-slate-100 aria-invalid:border-red-600"
                  />
                </div>
                <FieldError id={`${inputId}-error`} message={error} />
              </li>
            )
          })}
        </ul>
      )}
      <p id="allocation-status" aria-live="polite" className="mt-2 text-sm font-medium text-slate-800" data-testid="allocation-status">
        {allocated} of {packageIps} IPs allocated
        {describeRemaining(remaining)}
      </p>
      <FieldError id="allocation-error" message={totalError} />
    </fieldset>
  )
}

/** Returns a starting allocation: every IP in the first country with enough stock for all of them, else nothing. */
export function defaultAllocation(packageIps: number, stock: DatacenterStockEntry[]): Record<string, string> {
  const country = stock.find((entry) => entry.available >= packageIps)

  return country ? { [country.code]: String(packageIps) } : {}
}

function describeRemaining(remaining: number): string {
  if (remaining > 0) return ` · ${remaining} left to place`
  if (remaining < 0) return ` · ${-remaining} too many`

  return ''
}
