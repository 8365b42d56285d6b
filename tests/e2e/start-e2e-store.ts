// Starts the sandbox store for the browser tests on a fresh database: a new database on
// the loopback Postgres named by TEST_DATABASE_URL, or an in-memory PGlite without it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { logger } from '@/lib/logger'
import { startSandbox } from '@/sandbox/start-sandbox'
import { createTestDatabase } from '@/tests/helpers/test-database'

async function main() {
  const appPort = Number(process.env.E2E_PORT ?? 3210)
  const database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null
  await database?.db.$disconnect()

  const dataDir = mkdtempSync(path.join(tmpdir(), 'storefront-e2e-'))
  const sandbox = await startSandbox({
    appPort,
    dataDir,
    databaseUrl: database?.url,
    isDatabaseInMemory: true,
    nextCommand: process.env.E2E_NEXT_COMMAND === 'dev' ? 'dev' : 'start',
    nextDistDir: '.next-e2e',
    logger,
  })
  console.log(`e2e store ready at ${sandbox.appUrl}`)

  const stop = async () => {
    await sandbox.stop()
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'e2e store failed to start')
  process.exit(1)
})
