import { getDatabasePool } from '@/lib/db/prisma'
import { createJobQueue, startJobQueue, type JobQueue } from '@/lib/jobs/job-queue'

const globalForJobs = globalThis as unknown as { storefrontJobQueue?: Promise<JobQueue> }

/**
 * Returns the process-wide job queue on the app's database pool, started once. Route
 * handlers use it to send jobs. The worker (in-app in sandbox mode, `npm run worker` in
 * production) uses it to process them.
 */
export function getJobQueue(): Promise<JobQueue> {
  globalForJobs.storefrontJobQueue ??= (async () => {
    const boss = createJobQueue(getDatabasePool())
    await startJobQueue(boss)
    return boss
  })()

  return globalForJobs.storefrontJobQueue
}

/** Replaces the process-wide queue; tests use it to share their own. */
export function setJobQueue(boss: JobQueue): void {
  globalForJobs.storefrontJobQueue = Promise.resolve(boss)
}
