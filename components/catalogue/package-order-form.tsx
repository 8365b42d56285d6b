'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { ConfigurationFields } from '@/components/catalogue/configuration-fields'
import { useConfigurationDraft } from '@/components/catalogue/use-configuration-draft'
import { inlineFieldMessage, readApiError, type ApiError } from '@/components/read-api-error'
import { SubmitButton } from '@/components/ui/submit-button'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import type { ProductConfiguration } from '@/lib/products/configuration-schema'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'
import { quoteConfiguration } from '@/lib/products/quote-configuration'
import { validateConfiguration, type ConfigurationContext } from '@/lib/products/validate-configuration'

type PackageOrderFormProps = {
  tenantId: string
  retailPackage: RetailPackage
  isSignedIn: boolean
  /** Datacenter stock for DatacenterP packages; null when it could not be read. */
  datacenterStock?: DatacenterStockEntry[] | null
  /** Gateway servers for UnlimitedResidential packages; null when they could not be read. */
  gatewayServers?: GatewayServerOption[] | null
}

type CheckoutBody = { packageId: string } & ProductConfiguration

/**
 * Renders the configuration a package's type needs, a live total, and the hand-off to
 * Stripe Checkout. The same validation and pricing run here and in the checkout route.
 * The route has the last word, and its field errors show under the matching inputs.
 */
export function PackageOrderForm({ tenantId, retailPackage, isSignedIn, datacenterStock = null, gatewayServers = null }: PackageOrderFormProps) {
  const router = useRouter()
  const draft = useConfigurationDraft({ retailPackage, datacenterStock, gatewayServers })
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const currency = retailPackage.currency as CurrencyCode

  const draftConfiguration = draft.toConfiguration()
  const totalMinor = draftConfiguration.isValid && quantityIsPositive(draftConfiguration.value)
    ? quoteTotalOrNull(retailPackage, draftConfiguration.value)
    : null

  const checkout = useMutation({
    mutationKey: ['tenant', tenantId, 'checkout', retailPackage.packageId],
    mutationFn: async (body: CheckoutBody) => {
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

    const configuration = draft.toConfiguration()
    if (!configuration.isValid) {
      setFieldErrors({ [configuration.field]: configuration.message })
      return
    }
    const context = clientContext(retailPackage, datacenterStock, gatewayServers)
    const check = context === null ? null : validateConfiguration({ retailPackage, configuration: configuration.value, context })
    if (check !== null && !check.isValid) {
      setFieldErrors({ [check.field]: check.message })
      return
    }
    setFieldErrors({})
    checkout.mutate({ packageId: retailPackage.packageId, ...configuration.value })
  }

  const hasFieldError = checkout.error?.field !== undefined && fieldErrors[checkout.error.field] !== undefined
  const formError = checkout.error && !hasFieldError && checkout.error.code !== 'unauthenticated' ? inlineFieldMessage(checkout.error) : null

  return (
    <form method="post" onSubmit={handleSubmit} noValidate className="space-y-5">
      <ConfigurationFields
        tenantId={tenantId}
        retailPackage={retailPackage}
        datacenterStock={datacenterStock}
        gatewayServers={gatewayServers}
        draft={draft}
        errors={fieldErrors}
        onEdit={(field) => setFieldErrors((errors) => (errors[field] ? { ...errors, [field]: '' } : errors))}
      />

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

function quantityIsPositive(configuration: ProductConfiguration): boolean {
  return !('quantity' in configuration) || configuration.quantity > 0
}

// The browser can check everything except mobile targeting, whose options its selects
// already limit; the checkout route checks that against the cache.
function clientContext(
  retailPackage: RetailPackage,
  datacenterStock: DatacenterStockEntry[] | null,
  gatewayServers: GatewayServerOption[] | null,
): ConfigurationContext | null {
  switch (retailPackage.proxyType) {
    case 'DatacenterP':
      return datacenterStock === null ? null : { datacenterStock }
    case 'UnlimitedResidential':
      return gatewayServers === null ? null : { gatewayServers }
    case 'RotatingMobile':
      return null
    default:
      return {}
  }
}

function signInPath(packageId: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/packages/${encodeURIComponent(packageId)}`)}`
}

// A quantity far past the package maximum can overflow the total. The live total then shows
// no amount, and submitting reports the quantity error instead of crashing the page.
function quoteTotalOrNull(retailPackage: RetailPackage, configuration: Parameters<typeof quoteConfiguration>[0]['configuration']): number | null {
  try {
    return quoteConfiguration({ retailPackage, configuration }).totalMinor
  } catch {
    return null
  }
}
