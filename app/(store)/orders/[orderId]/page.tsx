import { notFound, redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { OrderDetails } from '@/components/orders/order-details'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getDatabase } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { getCustomerOrderOrThrow } from '@/lib/orders/get-customer-order'

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params
  const tenant = await getRequestTenantOrNotFound()
  const customer = await getSignedInCustomer(tenant.id)
  if (!customer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/orders/${orderId}`)}`)

  const order = await getCustomerOrderOrThrow({ db: getDatabase(), tenantId: tenant.id, customerId: customer.id, orderId }).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') notFound()
      throw error
    },
  )

  return <OrderDetails tenantId={tenant.id} lookup={order.id} initialOrder={order} />
}
