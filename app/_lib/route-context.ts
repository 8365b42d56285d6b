import { randomUUID } from 'node:crypto'

import { getSignedInCustomer, type SignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getDatabase, type Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { logger, type Logger } from '@/lib/logger'
import { getTenantByHost, type StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

export type TenantRouteContext = {
  db: Database
  tenant: StorefrontTenant
  log: Logger
}

export type CustomerRouteContext = TenantRouteContext & { customer: SignedInCustomer }

/** Resolves the storefront tenant from the Host header; throws `not_found` for unknown hosts. */
export async function resolveTenantRoute(request: Request, route: string): Promise<TenantRouteContext> {
  const db = getDatabase()
  const tenant = await getTenantByHost({ db, host: request.headers.get('host') })
  if (!tenant) throw new AppError('not_found', 'No storefront is served at this address')

  const requestId = request.headers.get('x-request-id') ?? randomUUID()

  return { db, tenant, log: logger.child({ requestId, tenantId: tenant.id, route }) }
}

/** Like resolveTenantRoute, and also requires a customer signed in on this tenant. */
export async function resolveCustomerRoute(request: Request, route: string): Promise<CustomerRouteContext> {
  const context = await resolveTenantRoute(request, route)
  const customer = await getSignedInCustomer(context.tenant.id)
  if (!customer) {
    throw new AppError('unauthenticated', 'Customer is not signed in', { userMessage: 'Sign in to continue.' })
  }

  return { ...context, customer, log: context.log.child({ customerId: customer.id }) }
}
