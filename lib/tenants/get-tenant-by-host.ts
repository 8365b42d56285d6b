import type { Database } from '@/lib/db/prisma'
import { normalizeHost } from '@/lib/tenants/normalize-host'

/** The tenant fields a storefront page may use. Carries no secrets, so it may reach the browser. */
export type StorefrontTenant = {
  id: string
  slug: string
  name: string
  brandColor: string
  currency: string
  markupBasisPoints: number
  supportEmail: string | null
}

export const STOREFRONT_TENANT_SELECT = {
  id: true,
  slug: true,
  name: true,
  brandColor: true,
  currency: true,
  markupBasisPoints: true,
  supportEmail: true,
} as const

export type GetTenantByHostInput = {
  db: Database
  host: string | null | undefined
}

/** Finds the tenant whose storefront serves this Host header, or null when none does. */
export async function getTenantByHost({ db, host }: GetTenantByHostInput): Promise<StorefrontTenant | null> {
  const normalized = normalizeHost(host)
  if (!normalized) return null

  const tenantHost = await db.tenantHost.findUnique({
    where: { host: normalized },
    select: { tenant: { select: STOREFRONT_TENANT_SELECT } },
  })

  return tenantHost?.tenant ?? null
}
