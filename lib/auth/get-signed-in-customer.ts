import { getServerSession } from 'next-auth'

import { authOptions } from '@/lib/auth/auth-options'

export type SignedInCustomer = {
  id: string
  email: string
  tenantId: string
}

/**
 * Returns the customer signed in on this tenant's storefront, or null. A session
 * issued by another tenant counts as signed out, because customer accounts are per tenant.
 */
export async function getSignedInCustomer(tenantId: string): Promise<SignedInCustomer | null> {
  const session = await getServerSession(authOptions)
  if (!session?.customer || session.customer.tenantId !== tenantId) return null

  return { id: session.customer.id, email: session.user?.email ?? '', tenantId }
}
