// Compares the storefront catalogue page (/) with a static page (/bench-static) served by
// the same production build of Next.js, under the same load from autocannon on the same
// machine. The static page is prerendered at build time, so its throughput is the
// ceiling for this server. The catalogue page reads the tenant, the session and the
// Postgres catalogue cache on every request.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:catalogue -- --duration 20 --connections 50
//
// Builds into .data/next-bench (ignored by git), in a fresh database on the given
// loopback Postgres server, which is dropped afterwards.
import autocannon from 'autocannon'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { describeMachine } from '@/bench/machine-info'
import { logger } from '@/lib/logger'
import { startSandbox } from '@/sandbox/start-sandbox'
import { createTestDatabase } from '@/tests/helpers/test-database'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '2' },
  },
})
const durationSeconds = Number(values.duration)
const connections = Number(values.connections)
const rounds = Number(values.rounds)
const WARM_UP_SECONDS = 5

type LoadResult = { label: string; requestsPerSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; non2xx: number; errors: number; bytesPerResponse: number }

async function main() {
  if (!process.env.TEST_DATABASE_URL) {
    console.error('Set TEST_DATABASE_URL to a loopback Postgres server: the embedded database serves one connection at a time, which would measure PGlite, not the page.')
    process.exit(2)
  }
  const database = await createTestDatabase()
  const appPort = await findFreePort()
  // Builds the static baseline page into this build only (see app/bench-static/page.tsx).
  process.env.STOREFRONT_BENCH_PAGES = '1'
  const sandbox = await startSandbox({
    appPort,
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-catalogue-')),
    databaseUrl: database.url,
    nextCommand: 'start',
    nextDistDir: '.data/next-bench',
    logger,
  })
  const origin = `http://127.0.0.1:${appPort}`

  try {
    await assertPageContains(`${origin}/`, 'data-testid="package-card"')
    await assertPageContains(`${origin}/bench-static`, 'Static baseline page')

    // One connection shows the cost of a single request without queueing.
    const results: LoadResult[] = []
    for (const [label, url] of [['static', `${origin}/bench-static`], ['catalogue', `${origin}/`]] as const) {
      await runLoad(url, WARM_UP_SECONDS, 1)
      results.push({ ...(await measure(url, 1)), label: `${label} 1 connection` })
    }
    for (let round = 1; round <= rounds; round += 1) {
      for (const [label, url] of [['static', `${origin}/bench-static`], ['catalogue', `${origin}/`]] as const) {
        await runLoad(url, WARM_UP_SECONDS, connections)
        results.push({ ...(await measure(url, connections)), label: `${label} #${round}` })
      }
    }
    report(results)
  } finally {
    await sandbox.stop()
    // Next.js finishes its in-flight requests after SIGTERM; dropping the database under it would log errors.
    await waitForPortClosed(appPort)
    await database.drop()
  }
}

async function measure(url: string, connectionCount: number): Promise<Omit<LoadResult, 'label'>> {
  const latencies: number[] = []
  const result = await runLoad(url, durationSeconds, connectionCount, (responseTimeMs) => latencies.push(responseTimeMs))
  latencies.sort((left, right) => left - right)
  const percentile = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? NaN

  return {
    requestsPerSecond: Math.round(result.requests.total / durationSeconds),
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    p99Ms: percentile(0.99),
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}

function runLoad(url: string, seconds: number, connectionCount: number, onResponse?: (responseTimeMs: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: connectionCount, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)))
    if (onResponse) instance.on('response', (_client, _statusCode, _bytes, responseTime) => onResponse(responseTime))
  })
}

async function assertPageContains(url: string, marker: string): Promise<void> {
  const response = await fetch(url)
  const body = await response.text()
  if (!response.ok || !body.includes(marker)) throw new Error(`${url} returned ${response.status} without "${marker}", so the benchmark would measure an error page`)
}

function report(results: LoadResult[]): void {
  const mean = (label: string, pick: (result: LoadResult) => number) => {
    const matching = results.filter((result) => result.label.startsWith(`${label} #`))
    return matching.reduce((sum, result) => sum + pick(result), 0) / matching.length
  }
  const staticRps = mean('static', (result) => result.requestsPerSecond)
  const catalogueRps = mean('catalogue', (result) => result.requestsPerSecond)

  console.log(JSON.stringify({
    machine: describeMachine(),
    settings: { durationSeconds, warmUpSeconds: WARM_UP_SECONDS, connections, rounds },
    results,
    summary: {
      staticRequestsPerSecond: Math.round(staticRps),
      catalogueRequestsPerSecond: Math.round(catalogueRps),
      catalogueToStaticRatio: Number((catalogueRps / staticRps).toFixed(3)),
      catalogueP95Ms: mean('catalogue', (result) => result.p95Ms),
    },
  }, null, 2))
}

async function waitForPortClosed(port: number): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const isOpen = await fetch(`http://127.0.0.1:${port}/api/health`).then(() => true, () => false)
    if (!isOpen) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
