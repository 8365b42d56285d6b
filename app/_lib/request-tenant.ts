import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { getDatabase } from '@/lib/db/prisma'
import { getTenantByHost, type StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

/** The tenant for the current request's Host header, or null when no storefront serves it. */
export async function findRequestTenant(): Promise<StorefrontTenant | null> {
  const requestHeaders = await headers()

  return getTenantByHost({ db: getDatabase(), host: requestHeaders.get('host') })
}

/** Like findRequestTenant, but renders the 404 page when no storefront serves this host. */
export async function getRequestTenantOrNotFound(): Promise<StorefrontTenant> {
  const tenant = await findRequestTenant()
  if (!tenant) notFound()

  return tenant
}
