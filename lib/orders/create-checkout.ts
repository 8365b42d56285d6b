import type { SignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getPackageOfferOrThrow } from '@/lib/catalogue/list-retail-packages'
import type { Database } from '@/lib/db/prisma'
import { AppError, invalidInput } from '@/lib/errors/app-error'
import type { Logger } from '@/lib/logger'
import { multiplyMinor } from '@/lib/money/money'
import { recordOrderEvent } from '@/lib/orders/record-order-event'
import type { TCreateCheckoutRequest } from '@/lib/orders/schemas'
import { validateIspConfiguration } from '@/lib/orders/validate-isp-configuration'
import { getTenantStripeClient } from '@/lib/payments/get-tenant-stripe-client'
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
 * Prices an ISP configuration from the cached catalogue, creates the order awaiting
 * payment, and opens a Stripe Checkout Session for it on the tenant's account. Takes no
 * money and calls CatProxies for nothing but the catalogue. Throws `invalid_input` naming
 * the field for a bad configuration, `not_found` for an unknown package, and
 * `upstream_failed` when Stripe cannot open the session.
 */
export async function createCheckout({ db, tenant, customer, request, origin, log }: CreateCheckoutInput): Promise<CreateCheckoutResult> {
  const { retailPackage, resellerPriceMinor } = await getPackageOfferOrThrow({
    db,
    tenant,
    proxyType: 'Isp',
    packageId: request.packageId,
  })
  const check = validateIspConfiguration(retailPackage, request)
  if (!check.isValid) throw invalidInput(check.field, check.message)

  const location = retailPackage.locations.find((candidate) => candidate.id === request.countryId)
  const countryName = location?.name ?? location?.code ?? `Country ${request.countryId}`
  const totalMinor = multiplyMinor(retailPackage.unitPriceMinor, request.quantity)

  const order = await db.$transaction(async (tx) => {
    const created = await tx.order.create({
      data: {
        tenantId: tenant.id,
        customerId: customer.id,
        proxyType: retailPackage.proxyType,
        packageId: retailPackage.packageId,
        packageTitle: retailPackage.title,
        countryId: request.countryId,
        countryName,
        quantity: request.quantity,
        currency: retailPackage.currency,
        unitPriceMinor: retailPackage.unitPriceMinor,
        totalMinor,
        upstreamUnitCostMinor: resellerPriceMinor,
        upstreamCostMinor: multiplyMinor(resellerPriceMinor, request.quantity),
      },
      select: { id: true },
    })
    await recordOrderEvent({ tx, tenantId: tenant.id, orderId: created.id, status: 'AWAITING_PAYMENT', message: 'Checkout started' })
    return created
  })

  const stripe = await getTenantStripeClient({ db, tenantId: tenant.id })
  let session
  try {
    session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: request.quantity,
            price_data: {
              currency: retailPackage.currency.toLowerCase(),
              unit_amount: retailPackage.unitPriceMinor,
              product_data: { name: `${retailPackage.title} — ${countryName}`, description: 'Static ISP proxy, price per IP' },
            },
          },
        ],
        customer_email: customer.email || undefined,
        client_reference_id: order.id,
        metadata: { orderId: order.id, tenantId: tenant.id },
        payment_intent_data: { metadata: { orderId: order.id, tenantId: tenant.id } },
        success_url: `${origin}/checkout/return?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${origin}/packages/${encodeURIComponent(retailPackage.packageId)}?canceled=1`,
      },
      { idempotencyKey: `checkout-session-${order.id}` },
    )
  } catch (error) {
    log.error({ err: error, orderId: order.id }, 'Stripe Checkout Session could not be created')
    throw new AppError('upstream_failed', 'Stripe Checkout Session could not be created', {
      userMessage: 'Payment is unavailable right now. No money was taken; please try again in a minute.',
      cause: error,
    })
  }

  if (!session.url) throw new AppError('upstream_failed', `Checkout Session ${session.id} has no URL`)

  await db.$transaction([
    db.order.updateMany({ where: { id: order.id, tenantId: tenant.id }, data: { checkoutSessionId: session.id } }),
    db.payment.create({
      data: { tenantId: tenant.id, orderId: order.id, checkoutSessionId: session.id, amountMinor: totalMinor, currency: retailPackage.currency },
    }),
  ])
  log.info({ orderId: order.id, checkoutSessionId: session.id, totalMinor }, 'checkout session created')

  return { orderId: order.id, checkoutUrl: session.url }
}
