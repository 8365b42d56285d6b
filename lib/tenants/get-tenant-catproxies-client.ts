import type { CatProxiesClient } from '@/lib/catproxies/client'
import { createGovernedCatProxiesClient } from '@/lib/catproxies/governor/governed-client'
import type { Database } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'

/** CatProxies base URL: the simulator in sandbox mode, the real API otherwise. */
export function getCatProxiesBaseUrl(): string {
  return process.env.CATPROXIES_API_BASE_URL ?? 'https://catproxies.com/api/v1/public'
}

/**
 * Creates a CatProxies client that acts with this tenant's reseller key. Every request
 * goes through the key's rate governor (budget shared by all instances through Postgres,
 * priority for purchases, retries of failed reads), so callers must be ready for
 * CatProxiesBudgetExhaustedError: serve cached data for reads, retry purchases later.
 */
export async function getTenantCatProxiesClient({ db, tenantId }: { db: Database; tenantId: string }): Promise<CatProxiesClient> {
  const secrets = await getTenantSecretsOrThrow({ db, tenantId })

  return createGovernedCatProxiesClient({
    db,
    apiKey: secrets.catproxiesApiKey,
    baseUrl: getCatProxiesBaseUrl(),
    // Milliseconds per request; job expiry (JOB_EXPIRE_SECONDS) must stay above it.
    timeoutMs: Number(process.env.CATPROXIES_TIMEOUT_MS ?? 15_000),
    logger: logger.child({ tenantId, upstream: 'catproxies' }),
  })
}
