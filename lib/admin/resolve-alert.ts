import type { Database } from '@/lib/db/prisma'
import { notFound } from '@/lib/errors/app-error'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Marks one of the tenant's alerts resolved. Idempotent; another tenant's alert is `not_found`. */
export async function resolveAlert({ db, tenantId, alertId }: { db: Database; tenantId: string; alertId: string }) {
  if (!UUID_PATTERN.test(alertId)) throw notFound('Alert')

  const existing = await db.resellerAlert.findFirst({ where: { id: alertId, tenantId }, select: { id: true } })
  if (!existing) throw notFound('Alert')

  await db.resellerAlert.updateMany({ where: { id: alertId, tenantId, resolvedAt: null }, data: { resolvedAt: new Date() } })
}
