import type { Database } from '@/lib/db/prisma'
import { ZGatewayServerOptions, type GatewayServerOption } from '@/lib/products/gateway-server-option'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

// The server list changes when the provider adds or retires a gateway, rarely within a day.
const SERVERS_FRESH_FOR_MS = 60 * 60 * 1000

/** Reads Unlimited Residential gateway servers from the Postgres cache of `/servers`. */
export async function loadGatewayServers({ db, tenantId }: { db: Database; tenantId: string }): Promise<GatewayServerOption[]> {
  return readThroughCache({
    db,
    tenantId,
    cacheKey: 'servers',
    freshForMs: SERVERS_FRESH_FOR_MS,
    parse: (stored) => ZGatewayServerOptions.parse(stored),
    load: async () => {
      const client = await getTenantCatProxiesClient({ db, tenantId })
      const servers = await client.listServers()

      return servers.map((server) => ({
        id: server.id,
        name: server.name ?? server.host ?? `Server ${server.id}`,
        host: server.host,
        country: server.country === null ? null : server.country.trim().toUpperCase(),
      }))
    },
  })
}
