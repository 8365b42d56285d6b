import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { OrderDetails } from '@/components/orders/order-details'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getDatabase } from '@/lib/db/prisma'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { logger } from '@/lib/logger'
import { syncCheckoutSession } from '@/lib/orders/sync-checkout-session'

export default async function CheckoutReturnPage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const tenant = await getRequestTenantOrNotFound()
  const { session_id: checkoutSessionId } = await searchParams
  const customer = await getSignedInCustomer(tenant.id)
  if (!customer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/checkout/return?session_id=${checkoutSessionId ?? ''}`)}`)

  if (!checkoutSessionId) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 p-4 text-amber-950">
        This link is missing its checkout reference. Find your purchase under My orders.
      </p>
    )
  }

  await syncCustomerCheckout({ tenantId: tenant.id, customerId: customer.id, checkoutSessionId })

  return <OrderDetails tenantId={tenant.id} lookup={`session:${checkoutSessionId}`} />
}

// Reads the Checkout Session from Stripe as soon as the customer returns, so the order
// shows as paid without waiting for the webhook. A failure only delays that: the
// webhook and reconciliation converge the order the same way.
async function syncCustomerCheckout(input: { tenantId: string; customerId: string; checkoutSessionId: string }) {
  const db = getDatabase()
  const log = logger.child({ tenantId: input.tenantId, checkoutSessionId: input.checkoutSessionId, route: 'GET /checkout/return' })
  const order = await db.order.findFirst({
    where: { tenantId: input.tenantId, customerId: input.customerId, checkoutSessionId: input.checkoutSessionId },
    select: { status: true },
  })
  if (order?.status !== 'AWAITING_PAYMENT') return

  try {
    await syncCheckoutSession({ db, jobs: await getJobQueue(), tenantId: input.tenantId, checkoutSessionId: input.checkoutSessionId, log })
  } catch (error) {
    log.warn({ err: error }, 'Checkout Session could not be read on return; waiting for the webhook')
  }
}
