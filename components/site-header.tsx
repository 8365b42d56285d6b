import Link from 'next/link'

import { SignOutButton } from '@/components/sign-out-button'
import type { SignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

export function SiteHeader({ tenant, customer }: { tenant: StorefrontTenant; customer: SignedInCustomer | null }) {
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
          {customer ? (
            <>
              <Link href="/orders" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                My orders
              </Link>
              <span className="hidden px-2 text-sm text-slate-600 sm:inline" data-testid="signed-in-email">
                {customer.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md px-3 py-2 text-sm font-medium text-white"
                style={{ background: 'var(--brand)' }}
              >
                Create account
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  )
}
