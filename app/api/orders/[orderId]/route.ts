// GET /api/orders/:orderId — the signed-in customer's order with its status timeline.
// `orderId` may also be `session:<Checkout Session id>` for the checkout return page.
import { NextResponse } from 'next/server'

import { resolveCustomerRoute } from '@/app/_lib/route-context'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { getCustomerOrderOrThrow } from '@/lib/orders/get-customer-order'

const SESSION_PREFIX = 'session:'

export async function GET(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  try {
    const { orderId } = await params
    const { db, tenant, customer } = await resolveCustomerRoute(request, 'GET /api/orders/:orderId')
    const lookup = orderId.startsWith(SESSION_PREFIX)
      ? { checkoutSessionId: orderId.slice(SESSION_PREFIX.length) }
      : { orderId }
    const order = await getCustomerOrderOrThrow({ db, tenantId: tenant.id, customerId: customer.id, ...lookup })

    return NextResponse.json({ order }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
