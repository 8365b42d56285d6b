import { randomUUID } from 'node:crypto'

import { getSignedInCustomer, getSignedInStaff, type SignedInCustomer, type SignedInStaff } from '@/lib/auth/get-signed-in-customer'
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

export type StaffRouteContext = TenantRouteContext & { staff: SignedInStaff }

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

/** Like resolveTenantRoute, and also requires a staff member signed in to this tenant's dashboard. */
export async function resolveStaffRoute(request: Request, route: string): Promise<StaffRouteContext> {
  const context = await resolveTenantRoute(request, route)
  const staff = await getSignedInStaff(context.tenant.id)
  if (!staff) {
    throw new AppError('unauthenticated', 'Staff member is not signed in', { userMessage: 'Sign in to the admin dashboard to continue.' })
  }

  return { ...context, staff, log: context.log.child({ staffId: staff.id }) }
}
