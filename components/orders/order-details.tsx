'use client'

import Link from 'next/link'

import { CredentialsPanel } from '@/components/orders/credentials-panel'
import { OrderStatusBadge } from '@/components/orders/order-status-badge'
import { OrderTimeline } from '@/components/orders/order-timeline'
import { useCustomerOrder } from '@/components/orders/use-customer-order'
import type { CustomerOrderView } from '@/lib/orders/get-customer-order'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'

type OrderDetailsProps = {
  tenantId: string
  /** An order id, or `session:<Checkout Session id>` on the checkout return page. */
  lookup: string
  initialOrder?: CustomerOrderView
}

/** Shows an order with live status: polls until it is delivered or stopped, then shows its credentials or the reason. */
export function OrderDetails({ tenantId, lookup, initialOrder }: OrderDetailsProps) {
  const { data: order, error, isPending } = useCustomerOrder({ tenantId, lookup, initialData: initialOrder })

  if (isPending) {
    return <p role="status" className="text-slate-700">Loading your order…</p>
  }
  if (!order) {
    return (
      <p role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
        {error?.message ?? 'This order could not be loaded.'}
      </p>
    )
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{order.packageTitle}</h1>
          <p className="mt-1 text-slate-700">
            {order.productSummary} · {formatMoney(order.totalMinor, order.currency as CurrencyCode)}
          </p>
          <p className="mt-1 text-xs text-slate-600">Order {order.id}</p>
        </div>
        <OrderStatusBadge status={order.status} />
      </div>

      <StatusMessage order={order} />

      {order.status === 'DELIVERED' && order.credentials ? (
        <CredentialsPanel tenantId={tenantId} orderId={order.id} credentials={order.credentials} />
      ) : null}

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          Timeline
        </h2>
        <OrderTimeline timeline={order.timeline} />
      </section>
    </div>
  )
}

function StatusMessage({ order }: { order: CustomerOrderView }) {
  switch (order.status) {
    case 'AWAITING_PAYMENT':
      return <Notice tone="progress">Waiting for the payment confirmation from Stripe…</Notice>
    case 'PAID':
    case 'PLACING':
    case 'PLACED':
      return <Notice tone="progress">Payment received. Your proxies are being set up; this page updates by itself.</Notice>
    case 'RETRYING':
      return <Notice tone="progress">Payment received. The proxy provider is slow to respond; we keep trying and this page updates by itself.</Notice>
    case 'REFUNDING':
    case 'REFUNDED':
      return (
        <Notice tone="warning">
          {formatMoney(order.totalMinor, order.currency as CurrencyCode)} {order.status === 'REFUNDED' ? 'was refunded' : 'is being refunded'} to
          your payment method. Refunds usually show within 5–10 business days.{order.failureReason ? ` Reason: ${order.failureReason}` : ''}
        </Notice>
      )
    case 'CANCELED':
      return (
        <Notice tone="neutral">
          The payment did not go through, so nothing was charged. <Link href="/" className="underline">Back to the store</Link>
        </Notice>
      )
    case 'DELIVERED':
      return (
        <Notice tone="success">
          Your proxies are ready.
          {order.expiresAt ? ` They expire on ${new Date(order.expiresAt).toLocaleDateString('en-US', { dateStyle: 'long' })}.` : ''}
        </Notice>
      )
    case 'NEEDS_ATTENTION':
      return (
        <Notice tone="warning">
          We could not set up this order automatically. The store has been told and will deliver or refund it.
          {order.failureReason ? ` Reason: ${order.failureReason}` : ''}
        </Notice>
      )
    case 'EXPIRED':
      return (
        <Notice tone="neutral">
          The checkout expired before payment. Nothing was charged. <Link href="/" className="underline">Back to the store</Link>
        </Notice>
      )
    default:
      return null
  }
}

const NOTICE_CLASSES = {
  progress: 'bg-blue-50 text-blue-950 border-blue-200',
  success: 'bg-green-50 text-green-950 border-green-200',
  warning: 'bg-amber-50 text-amber-950 border-amber-200',
  neutral: 'bg-slate-50 text-slate-900 border-slate-200',
} as const

function Notice({ tone, children }: { tone: keyof typeof NOTICE_CLASSES; children: React.ReactNode }) {
  return (
    <p role="status" aria-live="polite" className={`rounded-md border p-4 ${NOTICE_CLASSES[tone]}`} data-testid="order-notice">
      {children}
    </p>
  )
}
