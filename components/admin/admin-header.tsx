import Link from 'next/link'

import { SignOutButton } from '@/components/sign-out-button'

export function AdminHeader({ tenantName, staffEmail }: { tenantName: string; staffEmail: string }) {
  const linkClass = 'rounded-md px-3 py-2 text-sm font-medium text-slate-100 hover:bg-slate-700'

  return (
    <header className="bg-slate-900 text-white">
      <nav aria-label="Admin" className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/admin" className="font-semibold">
          {tenantName} · Admin
        </Link>
        <div className="flex flex-wrap items-center gap-1">
          <Link href="/admin" className={linkClass}>Overview</Link>
          <Link href="/admin/orders" className={linkClass}>Orders</Link>
          <Link href="/admin/orders?status=NEEDS_ATTENTION" className={linkClass}>Needs attention</Link>
          <Link href="/" className={linkClass}>Storefront</Link>
          <span className="px-2 text-sm text-slate-300">{staffEmail}</span>
          <div className="rounded-md bg-white">
            <SignOutButton />
          </div>
        </div>
      </nav>
    </header>
  )
}
