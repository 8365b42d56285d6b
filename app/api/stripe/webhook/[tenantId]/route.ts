// POST /api/stripe/webhook/:tenantId — Stripe events for one tenant's Stripe account.
import { randomUUID } from 'node:crypto'
import { NextResponse } from 'next/server'

import { getDatabase } from '@/lib/db/prisma'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { handleStripeWebhook } from '@/lib/payments/handle-stripe-webhook'

export async function POST(request: Request, { params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params
  const log = logger.child({ requestId: randomUUID(), route: 'POST /api/stripe/webhook', unverifiedTenantId: tenantId })

  try {
    // The signature covers the exact bytes Stripe sent, so read the body as text, unparsed.
    const rawBody = await request.text()
    const outcome = await handleStripeWebhook({
      db: getDatabase(),
      jobs: await getJobQueue(),
      unverifiedTenantId: tenantId,
      rawBody,
      signature: request.headers.get('stripe-signature'),
      log,
    })

    return NextResponse.json({ received: true, outcome })
  } catch (error) {
    return toErrorResponse(error, log)
  }
}
