'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { inlineFieldMessage, readApiError, type ApiError } from '@/components/read-api-error'
import { SubmitButton } from '@/components/ui/submit-button'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { validateIspConfiguration } from '@/lib/orders/validate-isp-configuration'

type PackageOrderFormProps = {
  tenantId: string
  retailPackage: RetailPackage
  isSignedIn: boolean
}

/** Country and quantity for an ISP package, a live total, and the hand-off to Stripe Checkout. */
export function PackageOrderForm({ tenantId, retailPackage, isSignedIn }: PackageOrderFormProps) {
  const router = useRouter()
  const [countryId, setCountryId] = useState(String(retailPackage.locations[0]?.id ?? ''))
  const [quantityText, setQuantityText] = useState(String(retailPackage.minQuantity))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  const quantity = Number(quantityText)
  const isQuantityWhole = quantityText.trim() !== '' && Number.isInteger(quantity)
  const totalMinor = isQuantityWhole && quantity > 0 ? retailPackage.unitPriceMinor * quantity : null
  const currency = retailPackage.currency as CurrencyCode

  const checkout = useMutation({
    mutationKey: ['tenant', tenantId, 'checkout', retailPackage.packageId],
    mutationFn: async (body: { packageId: string; countryId: number; quantity: number }) => {
      const response = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw await readApiError(response)
      return (await response.json()) as { orderId: string; checkoutUrl: string }
    },
    onSuccess: ({ checkoutUrl }) => window.location.assign(checkoutUrl),
    onError: (error: ApiError) => {
      if (error.code === 'unauthenticated') router.push(signInPath(retailPackage.packageId))
      else if (error.field) setFieldErrors({ [error.field]: inlineFieldMessage(error) })
    },
  })

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!isSignedIn) {
      router.push(signInPath(retailPackage.packageId))
      return
    }

    const check = validateIspConfiguration(retailPackage, { countryId: Number(countryId), quantity: isQuantityWhole ? quantity : Number.NaN })
    if (!check.isValid) {
      setFieldErrors({ [check.field]: check.message })
      return
    }
    setFieldErrors({})
    checkout.mutate({ packageId: retailPackage.packageId, countryId: Number(countryId), quantity })
  }

  const formError = checkout.error && !checkout.error.field && checkout.error.code !== 'unauthenticated' ? checkout.error.message : null

  return (
    <form method="post" onSubmit={handleSubmit} noValidate className="space-y-5">
      <div>
        <label htmlFor="country" className="block text-sm font-medium text-slate-800">
          Country
        </label>
        <select
          id="country"
          name="countryId"
          value={countryId}
          onChange={(event) => setCountryId(event.target.value)}
          aria-invalid={fieldErrors.countryId ? true : undefined}
          aria-describedby={fieldErrors.countryId ? 'country-error' : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {retailPackage.locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name ?? location.code ?? `Location ${location.id}`}
            </option>
          ))}
        </select>
        {fieldErrors.countryId ? (
          <p id="country-error" role="alert" className="mt-1 text-sm text-red-700">
            {fieldErrors.countryId}
          </p>
        ) : null}
      </div>

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
          value={quantityText}
          onChange={(event) => {
            setQuantityText(event.target.value)
            setFieldErrors((errors) => ({ ...errors, quantity: '' }))
          }}
          aria-invalid={fieldErrors.quantity ? true : undefined}
          aria-describedby={`quantity-hint${fieldErrors.quantity ? ' quantity-error' : ''}`}
          className="mt-1 block w-40 rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600"
        />
        <p id="quantity-hint" className="mt-1 text-sm text-slate-600">
          Between {retailPackage.minQuantity} and {retailPackage.maxQuantity}, at {formatMoney(retailPackage.unitPriceMinor, currency)} per IP.
        </p>
        {fieldErrors.quantity ? (
          <p id="quantity-error" role="alert" className="mt-1 text-sm text-red-700">
            {fieldErrors.quantity}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-5">
        <p className="text-lg">
          Total:{' '}
          <strong data-testid="order-total" aria-live="polite">
            {totalMinor === null ? '—' : formatMoney(totalMinor, currency)}
          </strong>
        </p>
        <SubmitButton isPending={checkout.isPending || checkout.isSuccess} pendingLabel="Opening checkout…">
          {isSignedIn ? 'Continue to payment' : 'Sign in to buy'}
        </SubmitButton>
      </div>
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
    </form>
  )
}

function signInPath(packageId: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/packages/${encodeURIComponent(packageId)}`)}`
}
