// Starts the store. Sandbox mode (the default) brings up an embedded database and the
// CatProxies and Stripe simulators; STOREFRONT_MODE=live uses DATABASE_URL and real keys.
//   npm run dev               sandbox, pages compiled on demand
//   npm run start             sandbox, production build
//   STOREFRONT_MODE=live npm run start
import { spawn } from 'node:child_process'
import path from 'node:path'

import { applyMigrations } from '@/lib/db/migrate'
import { logger } from '@/lib/logger'
import { startSandbox } from '@/sandbox/start-sandbox'
import { DEMO_CUSTOMER_EMAIL, DEMO_CUSTOMER_PASSWORD } from '@/sandbox/seed-demo-tenant'
import { loadEnvFile } from '@/lib/load-env-file'

loadEnvFile()

const isProduction = process.argv.includes('--production')
const appPort = Number(process.env.PORT ?? 3000)

async function main() {
  if (process.env.STOREFRONT_MODE === 'live') {
    await startLive()
    return
  }

  const sandbox = await startSandbox({
    appPort,
    dataDir: path.resolve(process.env.SANDBOX_DATA_DIR ?? '.data'),
    databaseUrl: process.env.DATABASE_URL,
    nextCommand: isProduction ? 'start' : 'dev',
    catproxiesPort: Number(process.env.CATPROXIES_SIMULATOR_PORT ?? 4010),
    stripePort: Number(process.env.STRIPE_SIMULATOR_PORT ?? 4020),
    logger,
  })

  console.log(`\n  Storefront (sandbox mode) is ready: ${sandbox.appUrl}`)
  console.log(`  Sign in as ${DEMO_CUSTOMER_EMAIL} / ${DEMO_CUSTOMER_PASSWORD}, or create an account.\n`)

  const stop = async () => {
    await sandbox.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

async function startLive() {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('STOREFRONT_MODE=live needs DATABASE_URL; see .env.example')

  await applyMigrations({ connectionString: databaseUrl, logger })
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')
  const child = spawn(process.execPath, [nextBin, isProduction ? 'start' : 'dev', '--port', String(appPort)], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'store failed to start')
  process.exit(1)
})
