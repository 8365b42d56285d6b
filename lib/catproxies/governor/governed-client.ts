import type { Database } from '@/lib/db/prisma'
import { logger as rootLogger } from '@/lib/logger'
import { createCatProxiesClient, type CatProxiesClient, type CatProxiesClientOptions } from '../client'
import type { BudgetPolicy } from './budget-policy'
import { getGovernorSettings, notifyUpstreamResponse } from './governor-settings'
import { createRateGovernor } from './rate-governor'
import { callWithReadRetries, noteSentRequest, type ReadRetryPolicy } from './read-retry'
import { getUpstreamClock, type UpstreamClock } from './upstream-clock'

export type GovernedClientOptions = Omit<CatProxiesClientOptions, 'onRequest' | 'onResponse'> & {
  /** Holds the shared budget rows (UpstreamRateBucket). */
  db: Database
  /** Defaults to the process-wide clock (see setUpstreamClock). */
  clock?: UpstreamClock
  /** Defaults to the process-wide settings (see configureGovernor). */
  policy?: BudgetPolicy
  readRetry?: ReadRetryPolicy
  /** Source of jitter for read retries; Math.random by default. */
  random?: () => number
}

type AsyncMethod = (...args: never[]) => Promise<unknown>

/**
 * Creates a CatProxies client whose every request goes through the rate governor of its
 * key. The budget is spent in Postgres before each request is sent, and a 429 blocks the
 * key for every instance. Calls that only read are retried with jittered backoff on 5xx
 * and network failures. Throws what the plain client throws, plus
 * CatProxiesBudgetExhaustedError when the governor rejects a request.
 */
export function createGovernedCatProxiesClient(options: GovernedClientOptions): CatProxiesClient {
  const { db, clock: clockOption, policy: policyOption, readRetry: readRetryOption, random, ...clientOptions } = options
  const settings = getGovernorSettings()
  const clock = clockOption ?? getUpstreamClock()
  const logger = clientOptions.logger ?? rootLogger.child({ module: 'catproxies-client' })
  const governor = createRateGovernor({ db, apiKey: clientOptions.apiKey, clock, policy: policyOption ?? settings.policy, logger })
  const readRetry = readRetryOption ?? settings.readRetry

  const client = createCatProxiesClient({
    ...clientOptions,
    logger,
    onRequest: async (info) => {
      await governor.beforeRequest(info)
      noteSentRequest(info.kind)
    },
    onResponse: async (info) => {
      notifyUpstreamResponse({ ...info, keyFingerprint: governor.keyFingerprint })
      await governor.afterResponse(info)
    },
  })

  const governed: Record<string, AsyncMethod> = {}
  for (const [operation, method] of Object.entries(client) as [string, AsyncMethod][]) {
    governed[operation] = (...args) =>
      callWithReadRetries(() => method(...args), { operation, policy: readRetry, clock, logger, random })
  }

  // GET /account reports upstream's own hourly count; adopt it when it is higher than ours.
  governed.getAccount = async () => {
    const account = await callWithReadRetries(() => client.getAccount(), { operation: 'getAccount', policy: readRetry, clock, logger, random })
    if (account.rateLimits !== null) await governor.recordAccountUsage(account.rateLimits)

    return account
  }

  return governed as CatProxiesClient
}
