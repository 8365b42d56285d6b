import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { safeCallbackPath } from '@/lib/auth/safe-callback-path'

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const tenant = await getRequestTenantOrNotFound()
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl)
  if (await getSignedInCustomer(tenant.id)) redirect(callbackUrl)

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{`Sign in to ${tenant.name}`}</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  )
}
