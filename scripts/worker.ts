// Runs the job worker (fulfilment, refunds, reconciliation) as its own process, for
// production. Several can run against one database.
//   DATABASE_URL=... SECRETS_KEY=... npm run worker
import { applyMigrations } from '@/lib/db/migrate'
import { getDatabase } from '@/lib/db/prisma'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { startWorker } from '@/lib/jobs/start-worker'
import { logger } from '@/lib/logger'
import { loadEnvFile } from '@/lib/load-env-file'

loadEnvFile()

async function main() {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set; see .env.example')

  await applyMigrations({ connectionString: databaseUrl, logger })
  const jobs = await getJobQueue()
  await startWorker({ db: getDatabase(), jobs, log: logger.child({ component: 'worker' }), concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })

  const stop = async (signal: string) => {
    logger.info({ signal }, 'worker stopping; finishing active jobs')
    await jobs.stop({ graceful: true, wait: true, timeout: 30_000 })
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker failed to start')
  process.exit(1)
})
