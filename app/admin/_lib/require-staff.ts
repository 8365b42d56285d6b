import { redirect } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { getSignedInStaff } from '@/lib/auth/get-signed-in-customer'

/** Returns the tenant and staff member of an admin page, or redirects to the staff sign-in when signed out. */
export async function requireStaff(path: string) {
  const tenant = await getRequestTenantOrNotFound()
  const staff = await getSignedInStaff(tenant.id)
  if (!staff) redirect(`/admin/sign-in?callbackUrl=${encodeURIComponent(path)}`)

  return { tenant, staff }
}
