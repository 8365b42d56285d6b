import type { OrderTimelineEntry } from '@/lib/orders/get-customer-order'
import { ORDER_STATUS_LABELS } from '@/lib/orders/order-status'

export function OrderTimeline({ timeline }: { timeline: OrderTimelineEntry[] }) {
  return (
    <ol className="space-y-3" aria-label="Order timeline">
      {timeline.map((entry, index) => (
        <li key={`${entry.createdAt}-${index}`} className="flex gap-3">
          <span aria-hidden className="mt-1.5 size-2.5 shrink-0 rounded-full" style={{ background: 'var(--brand)' }} />
          <div>
            <p className="text-sm font-medium text-slate-900">{entry.message}</p>
            <p className="text-xs text-slate-600">
              {ORDER_STATUS_LABELS[entry.status]?.label ?? entry.status} ·{' '}
              <time dateTime={entry.createdAt}>{new Date(entry.createdAt).toLocaleString('en-US')}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  )
}
