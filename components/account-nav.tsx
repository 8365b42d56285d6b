'use client'

import { useSession } from 'next-auth/react'
import Link from 'next/link'

import { SignOutButton } from '@/components/sign-out-button'

const LINK_CLASS = 'rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100'

/**
 * Sign-in links, or the signed-in customer's links. Only a customer session of this
 * tenant counts; a staff session or another storefront's session shows the sign-in links.
 */
export function AccountNav({ tenantId }: { tenantId: string }) {
  const { data: session, status } = useSession()
  const account = session?.account
  const isCustomerHere = account?.kind === 'customer' && account.tenantId === tenantId

  if (status === 'loading') return <span className="inline-block w-40" aria-hidden />

  if (isCustomerHere) {
    return (
      <>
        <Link href="/orders" className={LINK_CLASS}>
          My orders
        </Link>
        <span className="hidden px-2 text-sm text-slate-600 sm:inline" data-testid="signed-in-email">
          {session?.user?.email}
        </span>
        <SignOutButton />
      </>
    )
  }

  return (
    <>
      <Link href="/sign-in" className={LINK_CLASS}>
        Sign in
      </Link>
      <Link href="/sign-up" className="rounded-md px-3 py-2 text-sm font-medium text-white" style={{ background: 'var(--brand)' }}>
        Create account
      </Link>
    </>
  )
}
