// POST /api/checkout — validate and price a package configuration of any proxy type, and open a
// Stripe Checkout Session for it. The body is `{ packageId, proxyType, ...configuration }`.
import { NextResponse } from 'next/server'

import { resolveCustomerRoute } from '@/app/_lib/route-context'
import { readJsonBody, toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { ZCreateCheckoutRequest } from '@/lib/orders/schemas'

export async function POST(request: Request) {
  try {
    const { db, tenant, customer, log } = await resolveCustomerRoute(request, 'POST /api/checkout')
    const input = ZCreateCheckoutRequest.parse(await readJsonBody(request))
    const origin = new URL(request.url).origin
    const checkout = await createCheckout({ db, tenant, customer, request: input, origin, log })

    return NextResponse.json(checkout, { status: 201 })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
