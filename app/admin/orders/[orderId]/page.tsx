import { notFound } from 'next/navigation'

import { requireStaff } from '@/app/admin/_lib/require-staff'
import { ActionButton } from '@/components/admin/action-button'
import { AdminHeader } from '@/components/admin/admin-header'
import { OrderStatusBadge } from '@/components/orders/order-status-badge'
import { OrderTimeline } from '@/components/orders/order-timeline'
import { getAdminOrderOrThrow } from '@/lib/admin/get-admin-order'
import { getDatabase } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { describeProxyType } from '@/lib/products/product-families'

export const dynamic = 'force-dynamic'

export default async function AdminOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params
  const { tenant, staff } = await requireStaff(`/admin/orders/${orderId}`)
  const order = await getAdminOrderOrThrow({ db: getDatabase(), tenantId: tenant.id, orderId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    throw error
  })
  const money = (amountMinor: number) => formatMoney(amountMinor, order.currency as CurrencyCode)
  const canRefund = ['PAID', 'NEEDS_ATTENTION', 'DELIVERED'].includes(order.status)

  return (
    <>
      <AdminHeader tenantName={tenant.name} staffEmail={staff.email} />
      <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{order.packageTitle}</h1>
            <p className="text-sm text-slate-700">
              {order.quantity} × {describeProxyType(order.proxyType)}
              {order.countryName ? ` in ${order.countryName}` : ''} · {order.customer.email} · order {order.id}
            </p>
          </div>
          <OrderStatusBadge status={order.status} isForStaff />
        </div>

        {order.failureReason ? (
          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-950">{order.failureReason}</p>
        ) : null}

        <div className="flex flex-wrap gap-3">
          {order.status === 'NEEDS_ATTENTION' ? (
            <ActionButton url={`/api/admin/orders/${order.id}/retry`} label="Retry fulfilment" pendingLabel="Queuing…" />
          ) : null}
          {canRefund ? (
            <ActionButton
              url={`/api/admin/orders/${order.id}/refund`}
              label={`Refund ${money(order.totalMinor)}`}
              pendingLabel="Refunding…"
              tone="danger"
              confirmation={`Refund ${money(order.totalMinor)} to ${order.customer.email}? This cannot be undone.`}
            />
          ) : null}
        </div>

        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
            <h2 id="details-heading" className="mb-3 text-lg font-semibold">Details</h2>
            <dl className="space-y-1">
              <Row label="Total charged" value={money(order.totalMinor)} isAmount />
              <Row label="CatProxies cost" value={money(order.upstreamCostMinor)} isAmount />
              <Row label="Checkout Session" value={order.checkoutSessionId ?? '—'} />
              <Row label="CatProxies order" value={order.catproxiesOrderId ?? '—'} />
              <Row label="Placement attempts" value={String(order.placementAttempts)} />
              <Row label="Refund" value={order.refundId ?? '—'} />
              <Row label="Expires" value={order.expiresAt?.toLocaleString('en-US') ?? '—'} />
            </dl>
          </section>
          <section aria-labelledby="ledger-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
            <h2 id="ledger-heading" className="mb-3 text-lg font-semibold">Ledger entries</h2>
            {order.ledgerEntries.length === 0 ? (
              <p className="text-slate-700">None yet.</p>
            ) : (
              <dl className="space-y-1" data-testid="order-ledger">
                {order.ledgerEntries.map((entry) => (
                  <Row key={`${entry.kind}-${entry.reference}`} label={`${entry.kind.replaceAll('_', ' ').toLowerCase()} (${entry.reference})`} value={money(entry.amountMinor)} isAmount />
                ))}
              </dl>
            )}
          </section>
        </div>

        <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Timeline</h2>
          <OrderTimeline timeline={order.events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() }))} />
        </section>
      </div>
    </>
  )
}

// Amounts never wrap; long ids and labels wrap instead of pushing the value out of the card.
function Row({ label, value, isAmount = false }: { label: string; value: string; isAmount?: boolean }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="min-w-0 break-all text-slate-600">{label}</dt>
      <dd className={`text-right font-mono ${isAmount ? 'shrink-0' : 'min-w-0 break-all'}`}>{value}</dd>
    </div>
  )
}
