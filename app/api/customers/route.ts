// POST /api/customers — sign up a customer on this host's storefront.
import { NextResponse } from 'next/server'

import { resolveTenantRoute } from '@/app/_lib/route-context'
import { registerCustomer } from '@/lib/customers/register-customer'
import { ZSignUpRequest } from '@/lib/customers/schemas'
import { readJsonBody, toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'

export async function POST(request: Request) {
  try {
    const { db, tenant, log } = await resolveTenantRoute(request, 'POST /api/customers')
    const input = ZSignUpRequest.parse(await readJsonBody(request))
    const customer = await registerCustomer({ db, tenantId: tenant.id, ...input })
    log.info({ customerId: customer.id }, 'customer signed up')

    return NextResponse.json({ customer: { id: customer.id, email: customer.email } }, { status: 201 })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
