import { createCatProxiesClient, type CatProxiesClient } from '@/lib/catproxies/client'
import type { Database } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'

/** CatProxies base URL: the simulator in sandbox mode, the real API otherwise. */
export function getCatProxiesBaseUrl(): string {
  return process.env.CATPROXIES_API_BASE_URL ?? 'https://catproxies.com/api/v1/public'
}

/** Creates a CatProxies client that acts with this tenant's reseller key. */
export async function getTenantCatProxiesClient({ db, tenantId }: { db: Database; tenantId: string }): Promise<CatProxiesClient> {
  const secrets = await getTenantSecretsOrThrow({ db, tenantId })

  return createCatProxiesClient({
    apiKey: secrets.catproxiesApiKey,
    baseUrl: getCatProxiesBaseUrl(),
    logger: logger.child({ tenantId, upstream: 'catproxies' }),
  })
}
