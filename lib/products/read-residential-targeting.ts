import type { Database } from '@/lib/db/prisma'
import { loadResidentialTargeting } from '@/lib/products/load-residential-targeting'
import type { ResidentialTargetingOptions } from '@/lib/products/residential-targeting-options'
import { toUnavailable } from '@/lib/products/upstream-unavailable'

/**
 * Reads residential targeting for the proxy-string builder from the cache. Throws
 * `temporarily_unavailable` when nothing is cached and CatProxies cannot be read.
 */
export async function readResidentialTargeting({ db, tenantId }: { db: Database; tenantId: string }): Promise<ResidentialTargetingOptions> {
  try {
    return await loadResidentialTargeting({ db, tenantId })
  } catch (error) {
    throw toUnavailable(error, 'Targeting options are unavailable right now. You can still use the rotating proxy string.')
  }
}
