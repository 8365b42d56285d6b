import type { Database } from '@/lib/db/prisma'

/**
 * Loads the dashboard summary of one tenant: orders per status, ledger totals per kind
 * (minor units, signed as stored), open alerts and the latest reconciliation run.
 */
export async function getAdminOverview({ db, tenantId }: { db: Database; tenantId: string }) {
  const [statusCounts, ledgerTotals, alerts, lastReconciliation] = await db.$transaction([
    db.order.groupBy({ by: ['status'], where: { tenantId }, orderBy: { status: 'asc' }, _count: { _all: true } }),
    db.ledgerEntry.groupBy({ by: ['kind', 'currency'], where: { tenantId }, orderBy: { kind: 'asc' }, _sum: { amountMinor: true } }),
    db.resellerAlert.findMany({ where: { tenantId, resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 50 }),
    db.reconciliationRun.findFirst({ where: { tenantId }, orderBy: { startedAt: 'desc' } }),
  ])

  const ordersByStatus = Object.fromEntries(statusCounts.map((row) => [row.status, typeof row._count === 'object' ? (row._count._all ?? 0) : 0]))
  const ledger = ledgerTotals.map((row) => ({ kind: row.kind, currency: row.currency, amountMinor: row._sum?.amountMinor ?? 0 }))
  const netMinor = ledger.reduce((sum, row) => sum + row.amountMinor, 0)

  return { ordersByStatus, ledger, netMinor, alerts, lastReconciliation }
}
