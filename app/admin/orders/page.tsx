import Link from 'next/link'

import { requireStaff } from '@/app/admin/_lib/require-staff'
import { AdminHeader } from '@/components/admin/admin-header'
import { OrderStatusBadge } from '@/components/orders/order-status-badge'
import { listAdminOrders } from '@/lib/admin/list-admin-orders'
import { ZAdminOrdersQuery } from '@/lib/admin/schemas'
import { getDatabase } from '@/lib/db/prisma'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { describeProxyType } from '@/lib/products/product-families'

export const dynamic = 'force-dynamic'

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const { tenant, staff } = await requireStaff('/admin/orders')
  const parsed = ZAdminOrdersQuery.safeParse(await searchParams)
  const query = parsed.success ? parsed.data : { page: 1 }
  const { orders, total, pageCount } = await listAdminOrders({ db: getDatabase(), tenantId: tenant.id, query })
  const pageLink = (page: number) => `/admin/orders?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), page: String(page) })}`

  return (
    <>
      <AdminHeader tenantName={tenant.name} staffEmail={staff.email} />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-semibold">
          Orders{query.status ? ` · ${query.status.replaceAll('_', ' ').toLowerCase()}` : ''} <span className="text-base font-normal text-slate-600">({total})</span>
        </h1>
        {!parsed.success ? (
          <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-amber-950">
            The filter in the address was not understood, so all orders are shown.
          </p>
        ) : null}
        {orders.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">No orders here.</p>
        ) : (
          <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3">Order</th>
                  <th scope="col" className="px-4 py-3">Customer</th>
                  <th scope="col" className="px-4 py-3">Status</th>
                  <th scope="col" className="px-4 py-3 text-right">Total</th>
                  <th scope="col" className="px-4 py-3 text-right">Cost</th>
                  <th scope="col" className="px-4 py-3">Created</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td className="px-4 py-3">
                      <Link href={`/admin/orders/${order.id}`} className="font-medium underline">
                        {order.packageTitle}
                      </Link>
                      <p className="text-xs text-slate-600">{order.id.slice(0, 8)} · {order.quantity} × {describeProxyType(order.proxyType)}</p>
                      {order.failureReason ? <p className="text-xs text-amber-800">{order.failureReason}</p> : null}
                    </td>
                    <td className="px-4 py-3">{order.customer.email}</td>
                    <td className="px-4 py-3"><OrderStatusBadge status={order.status} isForStaff /></td>
                    <td className="px-4 py-3 text-right font-mono">{formatMoney(order.totalMinor, order.currency as CurrencyCode)}</td>
                    <td className="px-4 py-3 text-right font-mono">{formatMoney(order.upstreamCostMinor, order.currency as CurrencyCode)}</td>
                    <td className="px-4 py-3">{order.createdAt.toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pageCount > 1 ? (
          <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
            {query.page > 1 ? <Link href={pageLink(query.page - 1)} className="underline">Newer</Link> : <span />}
            <span>Page {query.page} of {pageCount}</span>
            {query.page < pageCount ? <Link href={pageLink(query.page + 1)} className="underline">Older</Link> : <span />}
          </nav>
        ) : null}
      </div>
    </>
  )
}
