import type { Prisma } from '@/lib/generated/prisma/client'

export type ResellerAlertKind =
  | 'order_needs_attention'
  | 'order_refunded'
  | 'refunded_but_active'
  | 'dispute_opened'
  | 'upstream_balance_low'
  | 'reconciliation_finding'

export type RecordResellerAlertInput = {
  tx: Prisma.TransactionClient
  tenantId: string
  orderId?: string | null
  kind: ResellerAlertKind
  message: string
}

/**
 * Adds an alert to the tenant's admin dashboard, in the caller's transaction. An open
 * alert of the same kind for the same order is not repeated, so retried jobs do not
 * flood the dashboard.
 */
export async function recordResellerAlert({ tx, tenantId, orderId = null, kind, message }: RecordResellerAlertInput): Promise<void> {
  const existing = await tx.resellerAlert.findFirst({ where: { tenantId, orderId, kind, resolvedAt: null }, select: { id: true } })
  if (existing) return

  await tx.resellerAlert.create({ data: { tenantId, orderId, kind, message } })
}
