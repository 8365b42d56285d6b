import type { Database } from '@/lib/db/prisma'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'
import type { RateBucket } from '../transport'
import { resolveWindow } from './budget-decision'
import { getGovernorSettings } from './governor-settings'
import { fingerprintApiKey } from './key-fingerprint'
import { readBucketStates } from './rate-bucket-store'
import { getUpstreamClock, type UpstreamClock } from './upstream-clock'

export type BucketUsage = {
  /** Requests the governor let through in the current window, whether or not they succeeded. */
  used: number
  limit: number
  remaining: number
  /** End of the current window, when `used` starts again from 0. */
  resetAt: Date
  /** Set while a 429 blocks the bucket; nothing is sent before it. */
  blockedUntil: Date | null
}

export type UpstreamBudgetUsage = Record<RateBucket, BucketUsage>

export type GetUpstreamBudgetUsageInput = { db: Database; clock?: UpstreamClock } & ({ apiKey: string } | { tenantId: string })

/**
 * Reads how much of a CatProxies key's hourly and mobile targeting budget is spent, for the
 * admin dashboard. Sends nothing upstream. Given a tenantId, throws what
 * getTenantSecretsOrThrow throws (`not_found`, or `temporarily_unavailable` when the
 * tenant has no key yet).
 */
export async function getUpstreamBudgetUsage(input: GetUpstreamBudgetUsageInput): Promise<UpstreamBudgetUsage> {
  const apiKey = 'apiKey' in input ? input.apiKey : (await getTenantSecretsOrThrow({ db: input.db, tenantId: input.tenantId })).catproxiesApiKey
  const states = await readBucketStates(input.db, fingerprintApiKey(apiKey))
  const nowMs = (input.clock ?? getUpstreamClock()).now().getTime()
  const { policy } = getGovernorSettings()

  const describe = (bucket: RateBucket): BucketUsage => {
    const state = states.find((candidate) => candidate.bucket === bucket)
    const { limit, windowMs } = policy.buckets[bucket]
    const window = resolveWindow(state ?? { windowStartsAt: null, used: 0 }, nowMs, windowMs)
    const blockedUntil = state?.blockedUntil && state.blockedUntil.getTime() > nowMs ? state.blockedUntil : null
    const used = Math.min(window.used, limit)

    return { used, limit, remaining: limit - used, resetAt: new Date(window.endMs), blockedUntil }
  }

  return { hourly: describe('hourly'), mobileTargeting: describe('mobileTargeting') }
}
