import type { CatProxiesResponseInfo } from '../transport'
import { DEFAULT_BUDGET_POLICY, type BudgetPolicy } from './budget-policy'
import { DEFAULT_READ_RETRY_POLICY, type ReadRetryPolicy } from './read-retry'

/** Process-wide defaults for every governed client that does not pass its own. */
export type GovernorSettings = {
  policy: BudgetPolicy
  readRetry: ReadRetryPolicy
}

let settings: GovernorSettings = { policy: DEFAULT_BUDGET_POLICY, readRetry: DEFAULT_READ_RETRY_POLICY }

export function getGovernorSettings(): GovernorSettings {
  return settings
}

/** Replaces some defaults, e.g. a faster retry policy in tests. */
export function configureGovernor(overrides: Partial<GovernorSettings>): void {
  settings = { ...settings, ...overrides }
}

export function resetGovernorSettings(): void {
  settings = { policy: DEFAULT_BUDGET_POLICY, readRetry: DEFAULT_READ_RETRY_POLICY }
}

/** A reply from CatProxies (or a failure to get one), with the fingerprint of the key it used. */
export type UpstreamResponseEvent = CatProxiesResponseInfo & { keyFingerprint: string }

type UpstreamResponseListener = (event: UpstreamResponseEvent) => void

const listeners = new Set<UpstreamResponseListener>()

/**
 * Calls `listener` after every request a governed client sends, for metrics and
 * benchmarks (counting 429s, latency). Returns a function that removes it.
 */
export function observeUpstreamResponses(listener: UpstreamResponseListener): () => void {
  listeners.add(listener)

  return () => {
    listeners.delete(listener)
  }
}

export function notifyUpstreamResponse(event: UpstreamResponseEvent): void {
  for (const listener of listeners) listener(event)
}
