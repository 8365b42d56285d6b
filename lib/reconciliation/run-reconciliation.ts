import type { Database } from '@/lib/db/prisma'
import type { Prisma } from '@/lib/generated/prisma/client'
import { enqueueOrderFulfilment, enqueueOrderRefund, type JobQueue } from '@/lib/jobs/job-queue'
import type { Logger } from '@/lib/logger'
import { recordResellerAlert } from '@/lib/notifications/record-reseller-alert'
import { syncCheckoutSession } from '@/lib/orders/sync-checkout-session'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'

export type ReconciliationFinding = {
  kind: 'payment_not_recorded' | 'paid_not_placed' | 'refund_not_finished' | 'placed_not_paid' | 'refunded_but_active'
  action: 'synced' | 'requeued' | 'flagged'
  orderId: string | null
  catproxiesOrderId: string | null
  detail: string
}

export type RunReconciliationInput = { db: Database; jobs: JobQueue; tenantId: string; log: Logger; now?: Date }

const MINUTE_MS = 60_000
// Work younger than this is probably still in a job's hands; leave it alone.
const SETTLE_MS = 2 * MINUTE_MS
// Checkout Sessions expire after 24 hours at most; older unpaid orders cannot change.
const CHECKOUT_LOOKBACK_MS = 48 * 60 * MINUTE_MS
// Upstream orders this young may still be linked by a fulfilment job that is retrying.
const UNLINKED_GRACE_MS = 15 * MINUTE_MS
const INACTIVE_UPSTREAM_STATUSES = new Set(['EXPIRED', 'CANCELED', 'CANCELLED'])

/**
 * Compares Stripe, our ledger and CatProxies for one tenant, repairs what it safely can
 * and flags the rest on the reseller's dashboard:
 * - paid in Stripe but not recorded (a lost webhook): synced from Stripe;
 * - paid but not placed, or a refund not finished: the job is queued again;
 * - placed upstream but not paid (no local order links it): flagged;
 * - refunded but still active upstream: flagged.
 * Writes a ReconciliationRun with its findings. Never places or refunds anything itself.
 */
export async function runReconciliation({ db, jobs, tenantId, log, now = new Date() }: RunReconciliationInput): Promise<ReconciliationFinding[]> {
  const run = await db.reconciliationRun.create({ data: { tenantId }, select: { id: true } })
  const findings: ReconciliationFinding[] = []
  const settledBefore = new Date(now.getTime() - SETTLE_MS)

  const unpaid = await db.order.findMany({
    where: { tenantId, status: 'AWAITING_PAYMENT', checkoutSessionId: { not: null }, createdAt: { lt: settledBefore, gt: new Date(now.getTime() - CHECKOUT_LOOKBACK_MS) } },
    select: { id: true, checkoutSessionId: true },
  })
  for (const order of unpaid) {
    const outcome = await syncCheckoutSession({ db, jobs, tenantId, checkoutSessionId: order.checkoutSessionId ?? '', log })
    if (outcome === 'paid') {
      findings.push({ kind: 'payment_not_recorded', action: 'synced', orderId: order.id, catproxiesOrderId: null, detail: 'Stripe shows the order paid; recorded the payment and queued fulfilment' })
    }
  }

  const stalled = await db.order.findMany({
    where: { tenantId, status: { in: ['PAID', 'PLACING', 'RETRYING', 'PLACED', 'REFUNDING'] }, updatedAt: { lt: settledBefore } },
    select: { id: true, status: true },
  })
  for (const order of stalled) {
    const isRefund = order.status === 'REFUNDING'
    if (isRefund) await enqueueOrderRefund(jobs, { tenantId, orderId: order.id })
    else await enqueueOrderFulfilment(jobs, { tenantId, orderId: order.id })
    findings.push({
      kind: isRefund ? 'refund_not_finished' : 'paid_not_placed',
      action: 'requeued',
      orderId: order.id,
      catproxiesOrderId: null,
      detail: `Order has been ${order.status} since before ${settledBefore.toISOString()}; queued its job again`,
    })
  }

  findings.push(...(await compareWithCatProxies({ db, tenantId, now })))
  await recordFindings({ db, tenantId, runId: run.id, findings })
  log.info({ findings: findings.length }, 'reconciliation finished')

  return findings
}

async function compareWithCatProxies({ db, tenantId, now }: { db: Database; tenantId: string; now: Date }): Promise<ReconciliationFinding[]> {
  const client = await getTenantCatProxiesClient({ db, tenantId })
  const upstreamOrders = await client.listAllOrders()
  const localOrders = await db.order.findMany({
    where: { tenantId, catproxiesOrderId: { not: null } },
    select: { id: true, status: true, catproxiesOrderId: true },
  })
  const localByUpstreamId = new Map(localOrders.map((order) => [order.catproxiesOrderId, order]))
  const findings: ReconciliationFinding[] = []

  for (const upstream of upstreamOrders) {
    const local = localByUpstreamId.get(upstream.orderId)
    const isActive = !INACTIVE_UPSTREAM_STATUSES.has((upstream.status ?? '').toUpperCase())
    const isOldEnough = (upstream.createdAt?.getTime() ?? 0) < now.getTime() - UNLINKED_GRACE_MS

    if (!local && isOldEnough) {
      findings.push({ kind: 'placed_not_paid', action: 'flagged', orderId: null, catproxiesOrderId: upstream.orderId, detail: 'CatProxies has this order but no paid store order links to it' })
    }
    if (local?.status === 'REFUNDED' && isActive) {
      findings.push({ kind: 'refunded_but_active', action: 'flagged', orderId: local.id, catproxiesOrderId: upstream.orderId, detail: 'The customer was refunded but the proxies are still active at CatProxies' })
    }
  }

  return findings
}

async function recordFindings(input: { db: Database; tenantId: string; runId: string; findings: ReconciliationFinding[] }) {
  const { db, tenantId, runId, findings } = input

  await db.$transaction(async (tx) => {
    for (const finding of findings.filter((candidate) => candidate.action === 'flagged')) {
      await recordResellerAlert({
        tx,
        tenantId,
        orderId: finding.orderId,
        kind: finding.kind === 'refunded_but_active' ? 'refunded_but_active' : 'reconciliation_finding',
        message: finding.catproxiesOrderId ? `${finding.detail} (CatProxies order ${finding.catproxiesOrderId}).` : `${finding.detail}.`,
      })
    }
    await tx.reconciliationRun.update({
      where: { id: runId },
      data: { finishedAt: new Date(), findings: findings as unknown as Prisma.InputJsonValue },
    })
  })
}
