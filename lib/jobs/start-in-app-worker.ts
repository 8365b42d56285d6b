import { getDatabase } from '@/lib/db/prisma'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { startWorker } from '@/lib/jobs/start-worker'
import { logger } from '@/lib/logger'

/** Starts the job worker inside this process on the process-wide database and queue. */
export async function startInAppWorker(): Promise<void> {
  const log = logger.child({ component: 'worker' })
  try {
    await startWorker({ db: getDatabase(), jobs: await getJobQueue(), log, concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })
  } catch (error) {
    // The storefront still serves pages; paid orders wait for the next start or for `npm run worker`.
    log.error({ err: error }, 'in-app job worker failed to start')
  }
}
