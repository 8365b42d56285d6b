import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedPostgres = {
  connectionString: string
  stop: () => Promise<void>
}

export type StartEmbeddedPostgresInput = {
  /** Folder that keeps the data between runs; omit for an in-memory database. */
  dataDir?: string
  /** Loopback port; 0 picks a free one. */
  port?: number
}

// PGlite is a single-connection database. The socket server multiplexes client
// connections onto it message by message, so two connections sending extended-protocol
// queries at once can run each other's unnamed prepared statements. Every process must
// therefore use one connection at a time (see EMBEDDED_POOL_SIZE), and only one process
// should query at a time: the sandbox launcher disconnects before Next.js starts.
const MAX_CONNECTIONS = 8

/** Pool size for clients of the embedded database; see the note on MAX_CONNECTIONS. */
export const EMBEDDED_POOL_SIZE = 1

/**
 * Starts PGlite (Postgres compiled to WebAssembly) and serves it on 127.0.0.1 with the
 * Postgres wire protocol, so the app reaches it through the same `pg` driver as a real
 * server. Used when DATABASE_URL is unset: sandbox mode and tests without Postgres.
 */
export async function startEmbeddedPostgres(input: StartEmbeddedPostgresInput = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(input.dataDir)
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: input.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  })
  await server.start()

  const address = server.getServerConn()

  return {
    connectionString: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop()
      await db.close()
    },
  }
}
