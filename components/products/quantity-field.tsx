import { describedBy, FieldError } from '@/components/products/field-error'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'

type QuantityFieldProps = {
  retailPackage: RetailPackage
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** Number of IPs for a per-IP package, bounded by the package's minimum and maximum. */
export function QuantityField({ retailPackage, value, error, onChange }: QuantityFieldProps) {
  return (
    <div>
      <label htmlFor="quantity" className="block text-sm font-medium text-slate-800">
        Number of IPs
      </label>
      <input
        id="quantity"
        name="quantity"
        type="number"
        inputMode="numeric"
        min={retailPackage.minQuantity}
        max={retailPackage.maxQuantity}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('quantity-hint', error && 'quantity-error')}
        className="mt-1 block w-40 rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      />
      <p id="quantity-hint" className="mt-1 text-sm text-slate-600">
        Between {retailPackage.minQuantity} and {retailPackage.maxQuantity}, at{' '}
        {formatMoney(retailPackage.unitPriceMinor, retailPackage.currency as CurrencyCode)} per IP.
      </p>
      <FieldError id="quantity-error" message={error} />
    </div>
  )
}
