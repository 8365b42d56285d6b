import { PrismaPg } from '@prisma/adapter-pg'

import { PrismaClient } from '@/lib/generated/prisma/client'

export type Database = PrismaClient

export type CreateDatabaseOptions = {
  /** Connections in this client's pool. Defaults to DATABASE_POOL_SIZE, else 10. */
  poolSize?: number
}

/** Creates a Prisma client on the `pg` driver for one connection string. */
export function createDatabase(connectionString: string, options: CreateDatabaseOptions = {}): Database {
  const poolSize = options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10)
  const adapter = new PrismaPg({ connectionString, max: poolSize })

  // A small pool makes transactions queue for a connection; wait for one rather than
  // failing after Prisma's default of 2 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } })
}

const globalForDatabase = globalThis as unknown as { storefrontDatabase?: Database }

/**
 * The process-wide client for DATABASE_URL. Kept on globalThis so Next.js hot reloads
 * in development reuse one pool instead of opening a new one per reload.
 */
export function getDatabase(): Database {
  if (!globalForDatabase.storefrontDatabase) {
    const connectionString = process.env.DATABASE_URL
    if (!connectionString) {
      throw new Error('DATABASE_URL is not set; start the app with `npm run dev` (sandbox) or set it for live mode')
    }
    globalForDatabase.storefrontDatabase = createDatabase(connectionString)
  }

  return globalForDatabase.storefrontDatabase
}

/** Makes `db` the process-wide client. Tests use it so route handlers share the test's pool. */
export function setDatabase(db: Database): void {
  globalForDatabase.storefrontDatabase = db
}
