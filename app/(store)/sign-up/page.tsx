import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { safeCallbackPath } from '@/lib/auth/safe-callback-path'

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const tenant = await getRequestTenantOrNotFound()
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl)
  if (await getSignedInCustomer(tenant.id)) redirect(callbackUrl)

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">{`Create your ${tenant.name} account`}</h1>
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  )
}
