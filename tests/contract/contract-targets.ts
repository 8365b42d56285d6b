import pino from 'pino'

import { CATPROXIES_LIVE_BASE_URL, createCatProxiesClient, type CatProxiesClient } from '@/lib/catproxies/client'
import { startCatProxiesSimulator, type CatProxiesSimulator } from '@/sandbox/catproxies/server'

/**
 * Targets for the CatProxies contract suite. The simulator target always runs. The live
 * target runs only when CATPROXIES_LIVE_KEY is set; it then makes read-only calls unless
 * CATPROXIES_LIVE_ALLOW_PURCHASES=1, which also allows order creation, extension,
 * whitelist changes and password resets, all of which change or charge the live account.
 * CATPROXIES_LIVE_BASE_URL overrides the API base and CATPROXIES_LIVE_SNAPSHOT_URL names
 * the mobile targeting snapshot, whose live URL is not known.
 */
export type ContractTarget = {
  name: string
  /** Whether calls that charge the balance or change live state may run. */
  allowsWrites: boolean
  /** Starts the target and returns a client for it; `stop` releases it. */
  start(): Promise<{ client: CatProxiesClient; stop(): Promise<void> }>
  /** The reason the target is skipped, or null when it runs. */
  skipReason: string | null
}

const silentLogger = pino({ level: 'silent' })

export function simulatorTarget(): ContractTarget {
  return {
    name: 'simulator',
    allowsWrites: true,
    skipReason: null,
    async start() {
      const sim: CatProxiesSimulator = await startCatProxiesSimulator({ autoProvisionKeys: false, maxStorePageSize: 5 })
      const { apiKey } = sim.createAccount({ balanceMinor: 5_000_00 })
      const client = createCatProxiesClient({ apiKey, baseUrl: sim.baseUrl, mobileTargetingSnapshotUrl: sim.snapshotUrl, logger: silentLogger })

      return { client, stop: () => sim.close() }
    },
  }
}

export function liveTarget(env: NodeJS.ProcessEnv = process.env): ContractTarget {
  const apiKey = env.CATPROXIES_LIVE_KEY ?? ''

  return {
    name: 'live CatProxies API',
    allowsWrites: env.CATPROXIES_LIVE_ALLOW_PURCHASES === '1',
    skipReason: apiKey === '' ? 'CATPROXIES_LIVE_KEY is not set, so the live contract suite is skipped' : null,
    async start() {
      const client = createCatProxiesClient({
        apiKey,
        baseUrl: env.CATPROXIES_LIVE_BASE_URL ?? CATPROXIES_LIVE_BASE_URL,
        mobileTargetingSnapshotUrl: env.CATPROXIES_LIVE_SNAPSHOT_URL,
        timeoutMs: 30_000,
        logger: silentLogger,
      })

      return { client, stop: async () => undefined }
    },
  }
}
