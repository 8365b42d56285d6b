import type { CSSProperties, ReactNode } from 'react'

import { SiteHeader } from '@/components/site-header'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

/** A storefront page's frame: the tenant's brand colour, its header and the main column. */
export function StoreFrame({ tenant, children }: { tenant: StorefrontTenant; children: ReactNode }) {
  const brandStyle = { '--brand': tenant.brandColor } as CSSProperties

  return (
    <div style={brandStyle} className="min-h-screen">
      <SiteHeader tenant={tenant} />
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </div>
  )
}
