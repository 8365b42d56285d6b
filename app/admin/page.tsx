import Link from 'next/link'

import { requireStaff } from '@/app/admin/_lib/require-staff'
import { ActionButton } from '@/components/admin/action-button'
import { AdminHeader } from '@/components/admin/admin-header'
import { getAdminOverview } from '@/lib/admin/get-admin-overview'
import { getDatabase } from '@/lib/db/prisma'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'
import { describeStatusForStaff, ORDER_STATUS_LABELS } from '@/lib/orders/order-status'

export const dynamic = 'force-dynamic'

const LEDGER_LABELS: Record<string, string> = {
  CUSTOMER_PAYMENT: 'Customer payments',
  UPSTREAM_COST: 'CatProxies costs',
  CUSTOMER_REFUND: 'Refunds',
  EXTENSION_PAYMENT: 'Extension payments',
  EXTENSION_COST: 'Extension costs',
}

export default async function AdminOverviewPage() {
  const { tenant, staff } = await requireStaff('/admin')
  const overview = await getAdminOverview({ db: getDatabase(), tenantId: tenant.id })
  const currency = tenant.currency as CurrencyCode

  return (
    <>
      <AdminHeader tenantName={tenant.name} staffEmail={staff.email} />
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <h1 className="text-2xl font-semibold">Overview</h1>

        <section aria-labelledby="alerts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="alerts-heading" className="text-lg font-semibold">
            Alerts {overview.alerts.length > 0 ? `(${overview.alerts.length})` : ''}
          </h2>
          {overview.alerts.length === 0 ? (
            <p className="mt-2 text-slate-700">Nothing needs your attention.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200" data-testid="alerts">
              {overview.alerts.map((alert) => (
                <li key={alert.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <div>
                    <p className="text-sm font-medium text-slate-900">{alert.message}</p>
                    <p className="text-xs text-slate-600">
                      {alert.kind.replaceAll('_', ' ')} · {alert.createdAt.toLocaleString('en-US')}
                      {alert.orderId ? (
                        <>
                          {' · '}
                          <Link href={`/admin/orders/${alert.orderId}`} className="underline">
                            Open order
                          </Link>
                        </>
                      ) : null}
                    </p>
                  </div>
                  <ActionButton url={`/api/admin/alerts/${alert.id}/resolve`} label="Mark handled" pendingLabel="Saving…" tone="neutral" />
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="orders-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="orders-heading" className="text-lg font-semibold">Orders by status</h2>
            <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
              {Object.keys(ORDER_STATUS_LABELS).map((status) => (
                <div key={status} className="flex justify-between rounded bg-slate-50 px-3 py-2">
                  <dt>
                    <Link href={`/admin/orders?status=${status}`} className="underline">{describeStatusForStaff(status)}</Link>
                  </dt>
                  <dd className="font-semibold">{overview.ordersByStatus[status] ?? 0}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section aria-labelledby="ledger-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="ledger-heading" className="text-lg font-semibold">Ledger</h2>
            {overview.ledger.length === 0 ? (
              <p className="mt-2 text-slate-700">No money has moved yet.</p>
            ) : (
              <dl className="mt-3 space-y-2 text-sm">
                {overview.ledger.map((row) => (
                  <div key={`${row.kind}-${row.currency}`} className="flex justify-between">
                    <dt>{LEDGER_LABELS[row.kind] ?? row.kind}</dt>
                    <dd className="font-mono">{formatMoney(row.amountMinor, row.currency as CurrencyCode)}</dd>
                  </div>
                ))}
                <div className="flex justify-between border-t border-slate-200 pt-2 font-semibold">
                  <dt>Net</dt>
                  <dd className="font-mono" data-testid="ledger-net">{formatMoney(overview.netMinor, currency)}</dd>
                </div>
              </dl>
            )}
          </section>
        </div>

        <section aria-labelledby="reconciliation-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="reconciliation-heading" className="text-lg font-semibold">Reconciliation</h2>
          <p className="mt-1 text-sm text-slate-700">
            Compares Stripe payments, the ledger and CatProxies orders every 15 minutes, repairs lost webhooks and stalled jobs, and
            raises alerts for the rest.
            {overview.lastReconciliation
              ? ` Last run ${overview.lastReconciliation.startedAt.toLocaleString('en-US')}, ${
                  Array.isArray(overview.lastReconciliation.findings) ? overview.lastReconciliation.findings.length : 0
                } findings.`
              : ' It has not run yet.'}
          </p>
          <div className="mt-3">
            <ActionButton
              url="/api/admin/reconciliation"
              label="Run reconciliation now"
              pendingLabel="Queuing…"
              successMessage="Queued. The result appears here within a few seconds."
            />
          </div>
        </section>
      </div>
    </>
  )
}
