import type PgBoss from 'pg-boss'

import type { Database } from '@/lib/db/prisma'
import { enqueueOrderRefund, enqueueTenantReconciliation, QUEUES, type JobQueue, type OrderJobData, type TenantJobData } from '@/lib/jobs/job-queue'
import type { Logger } from '@/lib/logger'
import { runOrderFulfilment } from '@/lib/orders/run-order-fulfilment'
import { runOrderRefund } from '@/lib/orders/run-order-refund'
import { runReconciliation } from '@/lib/reconciliation/run-reconciliation'

export type StartWorkerInput = {
  db: Database
  jobs: JobQueue
  log: Logger
  /** Jobs of each queue processed at once by this process. */
  concurrency?: number
  /** Cron expression for the reconciliation of every tenant; null disables the schedule. */
  reconciliationCron?: string | null
}

// Seconds between an idle worker's queries for new jobs, because pg-boss polls. Half a
// second keeps webhook-to-credentials latency low at the cost of one small query per loop.
const POLLING_INTERVAL_SECONDS = 0.5

/**
 * Registers the job handlers on this process. Several processes may run it against one
 * database: pg-boss hands each job to one worker at a time, and every handler is
 * idempotent, so a job retried after a crash is safe.
 */
export async function startWorker({ db, jobs, log, concurrency = 4, reconciliationCron = '*/15 * * * *' }: StartWorkerInput): Promise<void> {
  const options = { includeMetadata: true as const, batchSize: 1, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS }

  for (let index = 0; index < concurrency; index += 1) {
    await jobs.work<OrderJobData>(QUEUES.fulfilOrder, options, async ([job]) => {
      if (!job) return
      const jobLog = log.child({ jobId: job.id, queue: job.name, tenantId: job.data.tenantId, orderId: job.data.orderId })
      const result = await runOrderFulfilment({ db, ...job.data, log: jobLog, isFinalAttempt: job.retryCount >= job.retryLimit })
      if (result === 'refunding') await enqueueOrderRefund(jobs, job.data)
      jobLog.info({ result, retryCount: job.retryCount }, 'fulfilment job finished')
      return { result }
    })

    await jobs.work<OrderJobData>(QUEUES.refundOrder, options, async ([job]) => {
      if (!job) return
      const jobLog = log.child({ jobId: job.id, queue: job.name, tenantId: job.data.tenantId, orderId: job.data.orderId })
      const result = await runOrderRefund({ db, ...job.data, log: jobLog })
      return { result }
    })
  }

  await jobs.work<TenantJobData>(QUEUES.reconcileTenant, options, async ([job]) => {
    if (!job) return
    const findings = await runReconciliation({ db, jobs, tenantId: job.data.tenantId, log: log.child({ jobId: job.id, tenantId: job.data.tenantId }) })
    return { findings: findings.length }
  })

  await jobs.work(QUEUES.reconcileAllTenants, options, async () => {
    const tenants = await db.tenant.findMany({ where: { catproxiesApiKeyCiphertext: { not: null } }, select: { id: true } })
    for (const tenant of tenants) await enqueueTenantReconciliation(jobs, { tenantId: tenant.id })
    return { tenants: tenants.length }
  })

  if (reconciliationCron) await jobs.schedule(QUEUES.reconcileAllTenants, reconciliationCron)
  log.info({ concurrency }, 'job worker started')
}

export type { PgBoss }
