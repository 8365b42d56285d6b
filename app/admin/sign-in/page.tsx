import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getSignedInStaff } from '@/lib/auth/get-signed-in-customer'
import { safeCallbackPath } from '@/lib/auth/safe-callback-path'

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const tenant = await getRequestTenantOrNotFound()
  const requested = safeCallbackPath((await searchParams).callbackUrl)
  const callbackUrl = requested.startsWith('/admin') ? requested : '/admin'
  if (await getSignedInStaff(tenant.id)) redirect(callbackUrl)

  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="mb-6 text-2xl font-semibold">{`${tenant.name} admin`}</h1>
      <SignInForm callbackUrl={callbackUrl} account="staff" />
    </div>
  )
}
