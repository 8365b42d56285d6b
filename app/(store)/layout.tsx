import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { findRequestTenant } from '@/app/_lib/request-tenant'
import { StoreFrame } from '@/components/store-frame'

export async function generateMetadata(): Promise<Metadata> {
  const tenant = await findRequestTenant()

  return { title: tenant ? `${tenant.name} — proxies` : 'Storefront not found' }
}

/** Storefront pages rendered per request: the tenant comes from the Host header. */
export default async function StoreLayout({ children }: { children: ReactNode }) {
  const tenant = await findRequestTenant()
  if (!tenant) return <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>

  return <StoreFrame tenant={tenant}>{children}</StoreFrame>
}
