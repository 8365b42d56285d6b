import type { NextAuthOptions, User } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { ZSignInRequest } from '@/lib/customers/schemas'
import { verifyCustomerPassword } from '@/lib/customers/verify-customer-password'
import { getDatabase } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { verifyStaffPassword } from '@/lib/staff/verify-staff-password'
import { getTenantByHost } from '@/lib/tenants/get-tenant-by-host'

const THIRTY_DAYS_IN_SECONDS = 30 * 24 * 60 * 60

type AccountKind = 'customer' | 'staff'

/**
 * Checks email and password against the customer or staff accounts of the tenant that
 * serves the request's Host header. Returns null for any mismatch, without saying which.
 */
async function authorizeAccount(kind: AccountKind, credentials: unknown, headers: Record<string, string> | undefined): Promise<User | null> {
  const parsed = ZSignInRequest.safeParse(credentials)
  if (!parsed.success) return null

  const db = getDatabase()
  const tenant = await getTenantByHost({ db, host: headers?.host })
  if (!tenant) return null

  const account = kind === 'customer'
    ? await verifyCustomerPassword({ db, tenantId: tenant.id, ...parsed.data })
    : await verifyStaffPassword({ db, tenantId: tenant.id, ...parsed.data })
  logger.info({ tenantId: tenant.id, kind, accountId: account?.id ?? null }, account ? 'signed in' : 'sign-in rejected')
  if (!account) return null

  return { id: account.id, email: account.email, tenantId: account.tenantId, kind, role: 'role' in account ? account.role : undefined }
}

/**
 * next-auth configuration: storefront customers and reseller staff sign in with email
 * and password into JWT sessions. The tenant comes from the Host header at sign-in and
 * is stored in the token. Pages compare it with the tenant of the current host (see
 * getSignedInCustomer and getSignedInStaff), so a session is worthless on another
 * storefront. A customer session never opens the admin dashboard.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: THIRTY_DAYS_IN_SECONDS },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Customer email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, request) => authorizeAccount('customer', credentials, request.headers),
    }),
    CredentialsProvider({
      id: 'staff',
      name: 'Staff email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, request) => authorizeAccount('staff', credentials, request.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.accountId = user.id
        token.tenantId = user.tenantId
        token.kind = user.kind
        token.role = user.role
      }
      return token
    },
    session({ session, token }) {
      session.account = { id: token.accountId, tenantId: token.tenantId, kind: token.kind, role: token.role }
      return session
    },
  },
}
