import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { StoreFrame } from '@/components/store-frame'
import { getDatabase } from '@/lib/db/prisma'
import { getTenantByHost } from '@/lib/tenants/get-tenant-by-host'

type HostParams = { params: Promise<{ host: string }> }

async function findTenant({ params }: HostParams) {
  const { host } = await params

  return getTenantByHost({ db: getDatabase(), host: decodeURIComponent(host) })
}

export async function generateMetadata(props: HostParams): Promise<Metadata> {
  const tenant = await findTenant(props)

  return { title: tenant ? `${tenant.name} — proxies` : 'Storefront not found' }
}

/** Frame of the cached catalogue; proxy.ts puts the request's host into the path. */
export default async function CachedStorefrontLayout({ children, ...props }: HostParams & { children: ReactNode }) {
  const tenant = await findTenant(props)
  if (!tenant) notFound()

  return <StoreFrame tenant={tenant}>{children}</StoreFrame>
}
