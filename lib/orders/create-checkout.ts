import type { SignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getPackageOfferOrThrow, type PackageOffer } from '@/lib/catalogue/list-retail-packages'
import type { Database } from '@/lib/db/prisma'
import { AppError, invalidInput } from '@/lib/errors/app-error'
import type { Logger } from '@/lib/logger'
import { assertCanFulfil } from '@/lib/orders/assert-can-fulfil'
import { recordOrderEvent } from '@/lib/orders/record-order-event'
import type { TCreateCheckoutRequest } from '@/lib/orders/schemas'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'
import type { ProductConfiguration } from '@/lib/products/configuration-schema'
import { loadConfigurationContext } from '@/lib/products/load-configuration-context'
import { getProductFamily } from '@/lib/products/product-families'
import { quoteConfiguration, type ConfigurationQuote } from '@/lib/products/quote-configuration'
import { toConfigurationJson } from '@/lib/products/stored-configuration'
import { toUnavailable } from '@/lib/products/upstream-unavailable'
import { validateConfiguration, type AcceptedConfiguration, type ConfigurationContext } from '@/lib/products/validate-configuration'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

export type CreateCheckoutInput = {
  db: Database
  tenant: StorefrontTenant
  customer: SignedInCustomer
  request: TCreateCheckoutRequest
  /** Origin of the storefront, e.g. "https://shop.example", for Stripe's return URLs. */
  origin: string
  log: Logger
}

export type CreateCheckoutResult = {
  orderId: string
  checkoutUrl: string
}

/**
 * Validates and prices a package configuration of any proxy type against the cached
 * catalogue and live data (stock, servers, targeting), creates the order awaiting
 * payment with its configuration, and opens a Stripe Checkout Session for it on the
 * tenant's account. Takes no money and places nothing upstream. Throws `invalid_input`
 * naming the field for a bad configuration, `not_found` for an unknown package,
 * `temporarily_unavailable` when CatProxies data cannot be read, and `upstream_failed`
 * when Stripe cannot open the session.
 */
export async function createCheckout({ db, tenant, customer, request, origin, log }: CreateCheckoutInput): Promise<CreateCheckoutResult> {
  const { packageId, ...configuration } = request
  const { offer, context } = await loadOfferAndContext({ db, tenant, packageId, configuration })
  const { retailPackage, resellerPriceMinor } = offer

  const check = validateConfiguration({ retailPackage, configuration, context })
  if (!check.isValid) throw invalidInput(check.field, check.message)
  const quote = quoteConfiguration({ retailPackage, configuration, resellerPriceMinor })

  // Before the order row and the Checkout Session exist, so a refusal leaves nothing behind and takes no money.
  await assertCanFulfil({ db, tenantId: tenant.id, upstreamCostMinor: quote.upstreamCostMinor, log })

  const orderId = await createAwaitingPaymentOrder({ db, tenant, customer, offer, accepted: check.value, quote })
  const checkoutUrl = await openCheckoutSession({ db, tenant, customer, offer, accepted: check.value, quote, orderId, origin, log })

  return { orderId, checkoutUrl }
}

type LoadInput = { db: Database; tenant: StorefrontTenant; packageId: string; configuration: ProductConfiguration }

async function loadOfferAndContext({ db, tenant, packageId, configuration }: LoadInput): Promise<{ offer: PackageOffer; context: ConfigurationContext }> {
  try {
    const offer = await getPackageOfferOrThrow({ db, tenant, proxyType: configuration.proxyType, packageId })
    const context = await loadConfigurationContext({ db, tenantId: tenant.id, configuration })

    return { offer, context }
  } catch (error) {
    throw toUnavailable(error, 'The proxy provider cannot be reached right now, so this order cannot be checked. Please try again in a minute.')
  }
}

type OrderParts = {
  db: Database
  tenant: StorefrontTenant
  customer: SignedInCustomer
  offer: PackageOffer
  accepted: AcceptedConfiguration
  quote: ConfigurationQuote
}

async function createAwaitingPaymentOrder({ db, tenant, customer, offer, accepted, quote }: OrderParts): Promise<string> {
  const { retailPackage, resellerPriceMinor } = offer
  const order = await db.$transaction(async (tx) => {
    const created = await tx.order.create({
      data: {
        tenantId: tenant.id,
        customerId: customer.id,
        proxyType: retailPackage.proxyType,
        packageId: retailPackage.packageId,
        packageTitle: retailPackage.title,
        countryId: accepted.countryId,
        countryName: accepted.countryName,
        quantity: quote.quantity,
        currency: quote.currency,
        unitPriceMinor: quote.unitPriceMinor,
        totalMinor: quote.totalMinor,
        upstreamUnitCostMinor: resellerPriceMinor,
        upstreamCostMinor: quote.upstreamCostMinor ?? 0,
        configuration: toConfigurationJson(accepted.stored) as object,
      },
      select: { id: true },
    })
    await recordOrderEvent({ tx, tenantId: tenant.id, orderId: created.id, status: 'AWAITING_PAYMENT', message: 'Checkout started' })

    return created
  })

  return order.id
}

async function openCheckoutSession(input: OrderParts & { orderId: string; origin: string; log: Logger }): Promise<string> {
  const { db, tenant, customer, offer, accepted, quote, orderId, origin, log } = input
  const { retailPackage } = offer
  const family = getProductFamily(retailPackage.proxyType)
  const stripe = await getTenantStripeClient({ db, tenantId: tenant.id })

  let session
  try {
    session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: quote.quantity,
            price_data: {
              currency: quote.currency.toLowerCase(),
              unit_amount: quote.unitPriceMinor,
              product_data: {
                name: accepted.countryName ? `${retailPackage.title} — ${accepted.countryName}` : retailPackage.title,
                description: quote.pricingUnit === 'ip' ? `${family.label} proxy, price per IP` : `${family.label} proxy package`,
              },
            },
          },
        ],
        customer_email: customer.email || undefined,
        client_reference_id: orderId,
        metadata: { orderId, tenantId: tenant.id },
        payment_intent_data: { metadata: { orderId, tenantId: tenant.id } },
        success_url: `${origin}/checkout/return?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${origin}/packages/${encodeURIComponent(retailPackage.packageId)}?canceled=1`,
      },
      { idempotencyKey: `checkout-session-${orderId}` },
    )
  } catch (error) {
    log.error({ err: error, orderId }, 'Stripe Checkout Session could not be created')
    throw new AppError('upstream_failed', 'Stripe Checkout Session could not be created', {
      userMessage: 'Payment is unavailable right now. No money was taken; please try again in a minute.',
      cause: error,
    })
  }

  if (!session.url) throw new AppError('upstream_failed', `Checkout Session ${session.id} has no URL`)

  await db.$transaction([
    db.order.updateMany({ where: { id: orderId, tenantId: tenant.id }, data: { checkoutSessionId: session.id } }),
    db.payment.create({
      data: { tenantId: tenant.id, orderId, checkoutSessionId: session.id, amountMinor: quote.totalMinor, currency: quote.currency },
    }),
  ])
  log.info({ orderId, checkoutSessionId: session.id, totalMinor: quote.totalMinor }, 'checkout session created')

  return session.url
}
