import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { OrderDetails } from '@/components/orders/order-details'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'

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

  return <OrderDetails tenantId={tenant.id} lookup={`session:${checkoutSessionId}`} />
}
