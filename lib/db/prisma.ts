import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

import { PrismaClient } from '@/lib/generated/prisma/client'
import { logger } from '@/lib/logger'

export type Database = PrismaClient

/**
 * Creates a `pg` pool. The app's Prisma client and the job queue share one pool per
 * process, so `size` bounds every connection the process opens.
 */
export function createPool(connectionString: string, size = Number(process.env.DATABASE_POOL_SIZE ?? 10)): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: size })
  // An idle connection can die (server restart, dropped database); without a listener
  // pg re-throws that as an uncaught error and stops the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection failed; the pool replaces it'))

  return pool
}

/** Creates a Prisma client on the `pg` driver, over its own pool or one passed in. */
export function createDatabase(connection: string | pg.Pool, options: { poolSize?: number } = {}): Database {
  const pool = typeof connection === 'string' ? createPool(connection, options.poolSize) : connection

  // A small pool makes transactions queue for a connection; wait for one rather than
  // failing after Prisma's default of 2 s.
  return new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 20_000 } })
}

type ProcessDatabase = { pool: pg.Pool; db: Database }

const globalForDatabase = globalThis as unknown as { storefrontDatabase?: ProcessDatabase }

function getProcessDatabase(): ProcessDatabase {
  if (!globalForDatabase.storefrontDatabase) {
    const connectionString = process.env.DATABASE_URL
    if (!connectionString) {
      throw new Error('DATABASE_URL is not set; start the app with `npm run dev` (sandbox) or set it for live mode')
    }
    const pool = createPool(connectionString)
    globalForDatabase.storefrontDatabase = { pool, db: createDatabase(pool) }
  }

  return globalForDatabase.storefrontDatabase
}

/**
 * Returns the process-wide client for DATABASE_URL. It is kept on globalThis so Next.js
 * hot reloads in development reuse one pool instead of opening a new one per reload.
 */
export function getDatabase(): Database {
  return getProcessDatabase().db
}

/** Returns the pool behind getDatabase(), which the job queue shares. */
export function getDatabasePool(): pg.Pool {
  return getProcessDatabase().pool
}

/** Makes `db` and `pool` the process-wide pair. Tests use it so route handlers share the test's pool. */
export function setDatabase(db: Database, pool: pg.Pool): void {
  globalForDatabase.storefrontDatabase = { db, pool }
}
