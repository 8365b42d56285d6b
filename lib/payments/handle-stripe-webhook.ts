import Stripe from 'stripe'

import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Logger } from '@/lib/logger'
import type { JobQueue } from '@/lib/jobs/job-queue'
import { handleChargeDisputeCreated } from '@/lib/payments/webhooks/charge-dispute-created'
import { handleChargeRefunded } from '@/lib/payments/webhooks/charge-refunded'
import { handleCheckoutSessionEvent } from '@/lib/payments/webhooks/checkout-session-event'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'

export type WebhookHandlerInput = { db: Database; jobs: JobQueue; tenantId: string; event: Stripe.Event; log: Logger }

type WebhookHandler = (input: WebhookHandlerInput) => Promise<string>

// Events not listed here are acknowledged with outcome "ignored".
const HANDLERS: Partial<Record<Stripe.Event.Type, WebhookHandler>> = {
  'checkout.session.completed': handleCheckoutSessionEvent,
  'checkout.session.async_payment_succeeded': handleCheckoutSessionEvent,
  'checkout.session.async_payment_failed': handleCheckoutSessionEvent,
  'checkout.session.expired': handleCheckoutSessionEvent,
  'charge.refunded': handleChargeRefunded,
  'charge.dispute.created': handleChargeDisputeCreated,
}

export type HandleStripeWebhookInput = {
  db: Database
  jobs: JobQueue
  /** Taken from the URL; trusted only after the signature verifies with this tenant's secret. */
  unverifiedTenantId: string
  rawBody: string
  signature: string | null
  log: Logger
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Verifies a Stripe webhook on its raw body, records the event id, and dispatches it.
 * A bad signature throws `invalid_input` before anything is written. An event already
 * processed returns "duplicate". If recording or the handler fails, the error reaches
 * the route, which returns 5xx so Stripe retries. The event stays unprocessed and
 * handlers are idempotent, so the rerun is safe. Handlers only update our records and
 * queue jobs; upstream orders are placed by the fulfilment job, not here.
 */
export async function handleStripeWebhook({ db, jobs, unverifiedTenantId, rawBody, signature, log }: HandleStripeWebhookInput): Promise<string> {
  if (!UUID_PATTERN.test(unverifiedTenantId)) throw new AppError('not_found', `Unknown webhook tenant ${unverifiedTenantId}`)
  if (!signature) throw new AppError('invalid_input', 'Missing Stripe-Signature header', { field: 'stripe-signature' })

  const secrets = await getTenantSecretsOrThrow({ db, tenantId: unverifiedTenantId })
  if (!secrets.stripeWebhookSecret) {
    throw new AppError('invalid_input', `Tenant ${unverifiedTenantId} has no webhook signing secret`, { field: 'stripe-signature' })
  }

  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secrets.stripeWebhookSecret)
  } catch (error) {
    throw new AppError('invalid_input', 'Stripe signature verification failed', { field: 'stripe-signature', cause: error })
  }

  const tenantId = unverifiedTenantId
  const eventLog = log.child({ eventId: event.id, eventType: event.type, account: event.account ?? null })
  const isNew = await recordEvent({ db, tenantId, event })
  if (!isNew) {
    eventLog.info('webhook event already processed')
    return 'duplicate'
  }

  const handler = HANDLERS[event.type]
  const outcome = handler ? await handler({ db, jobs, tenantId, event, log: eventLog }) : 'ignored'
  await db.stripeWebhookEvent.update({ where: { id: event.id }, data: { outcome, processedAt: new Date() } })
  eventLog.info({ outcome }, 'webhook event processed')

  return outcome
}

// Returns false when the event was already processed. An event recorded but never
// finished (the process died, or the handler threw) is handed out again.
async function recordEvent({ db, tenantId, event }: { db: Database; tenantId: string; event: Stripe.Event }): Promise<boolean> {
  try {
    await db.stripeWebhookEvent.create({ data: { id: event.id, tenantId, type: event.type } })
    return true
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error

    const existing = await db.stripeWebhookEvent.findUnique({ where: { id: event.id }, select: { processedAt: true, tenantId: true } })
    return existing?.tenantId === tenantId && existing.processedAt === null
  }
}
