import Link from 'next/link'

import { AccountNav } from '@/components/account-nav'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

/**
 * Renders the storefront header. It reads no session on the server, so pages that show it
 * can be cached and shared by every visitor. The account links come from the browser's session.
 */
export function SiteHeader({ tenant }: { tenant: StorefrontTenant }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          <span aria-hidden className="inline-block size-6 rounded-md" style={{ background: 'var(--brand)' }} />
          {tenant.name}
        </Link>
        <div className="flex items-center gap-1">
          <Link href="/" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
            Packages
          </Link>
          <AccountNav tenantId={tenant.id} />
        </div>
      </nav>
    </header>
  )
}
