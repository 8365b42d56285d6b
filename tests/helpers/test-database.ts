import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrate'
import { createDatabase, createPool, type Database } from '@/lib/db/prisma'

export type TestDatabase = {
  url: string
  pool: pg.Pool
  db: Database
  drop: () => Promise<void>
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', ''])

/**
 * Creates a fresh, migrated database for one test file. With TEST_DATABASE_URL set (CI
 * sets it to the local server) it creates and later drops a uniquely named database
 * there; otherwise it starts an in-memory PGlite. Refuses any non-loopback server, so a
 * misconfigured variable cannot touch a shared database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return createEmbeddedTestDatabase()

  const parsed = new URL(serverUrl)
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at a loopback Postgres, got host ${parsed.hostname}`)
  }

  const name = `storefront_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()

  parsed.pathname = `/${name}`
  const url = parsed.toString()
  await applyMigrations({ connectionString: url })
  const pool = createPool(url)
  const db = createDatabase(pool)

  return {
    url,
    pool,
    db,
    drop: async () => {
      await db.$disconnect()
      await pool.end()
      const cleanup = new pg.Client({ connectionString: serverUrl })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres()
  await applyMigrations({ connectionString: embedded.connectionString })
  const pool = createPool(embedded.connectionString, EMBEDDED_POOL_SIZE)
  const db = createDatabase(pool)

  return {
    url: embedded.connectionString,
    pool,
    db,
    drop: async () => {
      await db.$disconnect()
      await pool.end()
      await embedded.stop()
    },
  }
}
