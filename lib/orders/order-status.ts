/**
 * Customer-facing wording for each order status. Pure data, shared by server pages and
 * client components.
 */
export const ORDER_STATUS_LABELS: Record<string, { label: string; tone: 'neutral' | 'progress' | 'success' | 'warning' | 'danger' }> = {
  AWAITING_PAYMENT: { label: 'Awaiting payment', tone: 'neutral' },
  PAID: { label: 'Paid', tone: 'progress' },
  PLACING: { label: 'Setting up', tone: 'progress' },
  PLACED: { label: 'Setting up', tone: 'progress' },
  DELIVERED: { label: 'Delivered', tone: 'success' },
  NEEDS_ATTENTION: { label: 'Needs attention', tone: 'warning' },
  REFUNDING: { label: 'Refunding', tone: 'warning' },
  REFUNDED: { label: 'Refunded', tone: 'neutral' },
  EXPIRED: { label: 'Checkout expired', tone: 'neutral' },
  RETRYING: { label: 'Setting up', tone: 'progress' },
  CANCELED: { label: 'Payment failed', tone: 'neutral' },
}

/** Statuses after which polling stops: nothing will change without a person or a new payment. */
export const SETTLED_ORDER_STATUSES = new Set(['DELIVERED', 'NEEDS_ATTENTION', 'REFUNDED', 'EXPIRED', 'CANCELED'])

/** Returns the status as staff read it, with every state under its own name, e.g. "Needs attention". */
export function describeStatusForStaff(status: string): string {
  const words = status.toLowerCase().replaceAll('_', ' ')

  return words.charAt(0).toUpperCase() + words.slice(1)
}
