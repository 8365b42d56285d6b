import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { ZSignInRequest } from '@/lib/customers/schemas'
import { verifyCustomerPassword } from '@/lib/customers/verify-customer-password'
import { getDatabase } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { getTenantByHost } from '@/lib/tenants/get-tenant-by-host'

const THIRTY_DAYS_IN_SECONDS = 30 * 24 * 60 * 60

/**
 * next-auth configuration for storefront customers: email and password, JWT sessions.
 * The tenant comes from the Host header at sign-in and is stored in the token, and every
 * page compares it with the tenant of the current host (see getSignedInCustomer), so a
 * session from one storefront is worthless on another.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: THIRTY_DAYS_IN_SECONDS },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, request) {
        const parsed = ZSignInRequest.safeParse(credentials)
        if (!parsed.success) return null

        const db = getDatabase()
        const host = request.headers?.['x-forwarded-host'] ?? request.headers?.host
        const tenant = await getTenantByHost({ db, host })
        if (!tenant) return null

        const customer = await verifyCustomerPassword({ db, tenantId: tenant.id, ...parsed.data })
        logger.info({ tenantId: tenant.id, customerId: customer?.id ?? null }, customer ? 'customer signed in' : 'customer sign-in rejected')
        if (!customer) return null

        return { id: customer.id, email: customer.email, name: customer.name, tenantId: customer.tenantId }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.customerId = user.id
        token.tenantId = user.tenantId
      }
      return token
    },
    session({ session, token }) {
      session.customer = { id: token.customerId, tenantId: token.tenantId }
      return session
    },
  },
}
