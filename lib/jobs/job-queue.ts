import PgBoss from 'pg-boss'
import type pg from 'pg'

/** Queue names and their payloads. Every payload carries the tenant id it acts for. */
export const QUEUES = {
  fulfilOrder: 'fulfil-order',
  refundOrder: 'refund-order',
  reconcileTenant: 'reconcile-tenant',
  reconcileAllTenants: 'reconcile-all-tenants',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export type OrderJobData = { tenantId: string; orderId: string }
export type TenantJobData = { tenantId: string }

export type JobQueue = PgBoss

// Seconds between retries of a failed job; pg-boss doubles it on each retry when
// retryBackoff is on. Short in sandbox and tests so faults resolve within seconds.
function retryDelaySeconds(): number {
  return Number(process.env.JOB_RETRY_DELAY_SECONDS ?? 5)
}

// A job whose worker died is handed to another worker after this many seconds. It must
// exceed the CatProxies client timeout (15 s), so an order creation still in flight is
// never mistaken for a dead one.
function activeJobExpirySeconds(): number {
  return Number(process.env.JOB_EXPIRE_SECONDS ?? 60)
}

/**
 * Creates the pg-boss queue on the process's own `pg` pool, so jobs live in the app's
 * database (schema "pgboss") and share its connection limit.
 */
export function createJobQueue(pool: pg.Pool): JobQueue {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    // Maintenance is what notices expired jobs of dead workers and hands them out again.
    maintenanceIntervalSeconds: Number(process.env.JOB_MAINTENANCE_INTERVAL_SECONDS ?? 60),
  })

  return boss
}

/** Starts pg-boss (creating or upgrading its schema) and declares every queue. Idempotent. */
export async function startJobQueue(boss: JobQueue): Promise<void> {
  await boss.start()

  const retry = { retryLimit: 12, retryDelay: retryDelaySeconds(), retryBackoff: true }
  const expireInSeconds = activeJobExpirySeconds()
  // "stately": at most one queued and one running job per singleton key (the order id),
  // so duplicate webhooks or reconciliation runs cannot pile up copies of a job.
  await boss.createQueue(QUEUES.fulfilOrder, { name: QUEUES.fulfilOrder, policy: 'stately', ...retry, expireInSeconds })
  await boss.createQueue(QUEUES.refundOrder, { name: QUEUES.refundOrder, policy: 'stately', ...retry, expireInSeconds })
  await boss.createQueue(QUEUES.reconcileTenant, { name: QUEUES.reconcileTenant, policy: 'stately', retryLimit: 2, retryDelay: 60, expireInSeconds: 600 })
  await boss.createQueue(QUEUES.reconcileAllTenants, { name: QUEUES.reconcileAllTenants, policy: 'singleton', retryLimit: 0 })
}

/** Queues placement of a paid order. Safe to call repeatedly for the same order. */
export async function enqueueOrderFulfilment(boss: JobQueue, data: OrderJobData): Promise<void> {
  await boss.send(QUEUES.fulfilOrder, data, { singletonKey: data.orderId })
}

/** Queues the Stripe refund of an order that cannot be delivered. Safe to call repeatedly. */
export async function enqueueOrderRefund(boss: JobQueue, data: OrderJobData): Promise<void> {
  await boss.send(QUEUES.refundOrder, data, { singletonKey: data.orderId })
}

/** Queues a reconciliation run for one tenant. */
export async function enqueueTenantReconciliation(boss: JobQueue, data: TenantJobData): Promise<void> {
  await boss.send(QUEUES.reconcileTenant, data, { singletonKey: data.tenantId })
}
