import Link from 'next/link'
import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { OrderStatusBadge } from '@/components/orders/order-status-badge'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getDatabase } from '@/lib/db/prisma'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { listCustomerOrders } from '@/lib/orders/list-customer-orders'

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const tenant = await getRequestTenantOrNotFound()
  const customer = await getSignedInCustomer(tenant.id)
  if (!customer) redirect('/sign-in?callbackUrl=%2Forders')

  const requestedPage = Number.parseInt((await searchParams).page ?? '1', 10)
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1
  const { orders, pageCount } = await listCustomerOrders({ db: getDatabase(), tenantId: tenant.id, customerId: customer.id, page })

  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">My orders</h1>
      {orders.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">You have no orders yet.</p>
          <Link href="/" className="mt-3 inline-block font-medium underline">
            Browse packages
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {orders.map((order) => (
            <li key={order.id}>
              <Link href={`/orders/${order.id}`} className="flex flex-wrap items-center justify-between gap-3 p-4 hover:bg-slate-50">
                <div>
                  <p className="font-medium">{order.packageTitle}</p>
                  <p className="text-sm text-slate-600">
                    {order.productSummary} · {formatMoney(order.totalMinor, order.currency as CurrencyCode)} ·{' '}
                    {order.createdAt.toLocaleDateString('en-US', { dateStyle: 'medium' })}
                  </p>
                </div>
                <OrderStatusBadge status={order.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? <Link href={`/orders?page=${page - 1}`} className="underline">Newer orders</Link> : <span />}
          <span className="text-slate-600">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={`/orders?page=${page + 1}`} className="underline">Older orders</Link> : <span />}
        </nav>
      ) : null}
    </div>
  )
}
