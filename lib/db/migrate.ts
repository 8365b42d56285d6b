import { createHash, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

import type { Logger } from '@/lib/logger'

export type ApplyMigrationsInput = {
  connectionString: string
  /** Folder in Prisma's layout: <timestamp>_<name>/migration.sql. */
  migrationsDir?: string
  logger?: Logger
}

export type ApplyMigrationsResult = {
  applied: string[]
  alreadyApplied: string[]
}

// Same table Prisma Migrate keeps, so `prisma migrate deploy` and `prisma migrate status`
// agree with this runner wherever the Prisma CLI can download its engine.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

// Arbitrary constant for pg_advisory_lock: two app instances starting together
// must not apply the same migration twice.
const MIGRATION_LOCK_ID = 72_707_369

/**
 * Applies every migration in `migrationsDir` that the database has not recorded yet,
 * each in its own transaction, and records it in `_prisma_migrations` with Prisma's
 * checksum (SHA-256 of the file). Idempotent and safe to run from several processes.
 * Throws when a recorded migration's file changed or an earlier attempt failed, because
 * either needs a human decision.
 */
export async function applyMigrations(input: ApplyMigrationsInput): Promise<ApplyMigrationsResult> {
  const migrationsDir = input.migrationsDir ?? path.join(process.cwd(), 'prisma', 'migrations')
  const migrations = await readMigrations(migrationsDir)
  const client = new pg.Client({ connectionString: input.connectionString })
  await client.connect()

  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
    await client.query(CREATE_MIGRATIONS_TABLE)

    const recorded = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const recordedByName = new Map(recorded.rows.map((row) => [row.migration_name, row]))
    const result: ApplyMigrationsResult = { applied: [], alreadyApplied: [] }

    for (const migration of migrations) {
      const existing = recordedByName.get(migration.name)
      if (existing?.finished_at) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was edited after it was applied; restore the file or add a new migration`)
        }
        result.alreadyApplied.push(migration.name)
        continue
      }
      if (existing) {
        throw new Error(`Migration ${migration.name} failed earlier; fix the database by hand, then mark it rolled back`)
      }

      await applyOne(client, migration)
      input.logger?.info({ migration: migration.name }, 'migration applied')
      result.applied.push(migration.name)
    }

    return result
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined)
    await client.end()
  }
}

type Migration = { name: string; sql: string; checksum: string }

async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true })
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()

  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    }),
  )
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID()
  await client.query('BEGIN')
  try {
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
      [id, migration.checksum, migration.name],
    )
    await client.query(migration.sql)
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error })
  }
}
