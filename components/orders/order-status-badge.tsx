import { describeStatusForStaff, ORDER_STATUS_LABELS } from '@/lib/orders/order-status'

const TONE_CLASSES = {
  neutral: 'bg-slate-100 text-slate-800',
  progress: 'bg-blue-100 text-blue-900',
  success: 'bg-green-100 text-green-900',
  warning: 'bg-amber-100 text-amber-900',
  danger: 'bg-red-100 text-red-900',
} as const

/** Renders the order's status as a coloured badge. With `isForStaff`, every state gets its own name instead of the customer's wording. */
export function OrderStatusBadge({ status, isForStaff = false }: { status: string; isForStaff?: boolean }) {
  const { label: customerLabel, tone } = ORDER_STATUS_LABELS[status] ?? { label: status, tone: 'neutral' as const }
  const label = isForStaff ? describeStatusForStaff(status) : customerLabel

  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE_CLASSES[tone]}`} data-testid="order-status">
      {label}
    </span>
  )
}
