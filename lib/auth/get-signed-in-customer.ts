import { getServerSession } from 'next-auth'

import { authOptions } from '@/lib/auth/auth-options'

export type SignedInCustomer = {
  id: string
  email: string
  tenantId: string
}

export type SignedInStaff = {
  id: string
  email: string
  tenantId: string
  role: 'OWNER' | 'STAFF'
}

/**
 * Returns the customer signed in on this tenant's storefront, or null. A session
 * issued by another tenant, or a staff session, counts as signed out.
 */
export async function getSignedInCustomer(tenantId: string): Promise<SignedInCustomer | null> {
  const session = await getServerSession(authOptions)
  const account = session?.account
  if (!account || account.kind !== 'customer' || account.tenantId !== tenantId) return null

  return { id: account.id, email: session.user?.email ?? '', tenantId }
}

/** Returns the staff member signed in to this tenant's admin dashboard, or null. */
export async function getSignedInStaff(tenantId: string): Promise<SignedInStaff | null> {
  const session = await getServerSession(authOptions)
  const account = session?.account
  if (!account || account.kind !== 'staff' || account.tenantId !== tenantId) return null

  return { id: account.id, email: session.user?.email ?? '', tenantId, role: account.role ?? 'STAFF' }
}
