import { PrismaPg } from '@prisma/adapter-pg'

import { PrismaClient } from '@/lib/generated/prisma/client'

export type Database = PrismaClient

/** Creates a Prisma client on the `pg` driver for one connection string. */
export function createDatabase(connectionString: string): Database {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })

  return new PrismaClient({ adapter })
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
