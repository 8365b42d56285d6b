import { completeCheckoutSession, expireCheckoutSession, expireDueSessions, getSessionRecordOrThrow, settleAsyncPayment } from './checkout-flow'
import type { SimulatorContext } from './context'
import { AUTOMATIC_REQUEST } from './context'
import { resendEvent } from './events'
import type { SimulatedCheckoutSession } from './objects/checkout-session'
import type { SimulatedDispute } from './objects/payment'
import { createDispute } from './refund-flow'
import type { Account, CheckoutSessionRecord, SimulatedEvent } from './state'
import type { WebhookDeliveryAttempt } from './webhook-delivery'

/** The test card Stripe documents as always succeeding: a Visa ending in 4242. */
const TEST_CARD = { brand: 'visa', last4: '4242', expMonth: 12, expYear: new Date().getUTCFullYear() + 3 }

/**
 * Controls for tests, in place of a customer, the Stripe dashboard or the passage of time.
 * Objects they return are copies: changing them does not change the simulator.
 * Each throws an Error naming the id when the session, PaymentIntent or event does not exist.
 */
export type StripeSimulatorControls = {
  /**
   * Pays an open session as a customer on the hosted page would. `paid` (the default) uses the 4242 test
   * card; `async_pending` uses a US bank account, so the session completes unpaid until `settleAsyncPayment`.
   */
  completeCheckoutSession(sessionId: string, options?: { outcome?: 'paid' | 'async_pending'; email?: string }): SimulatedCheckoutSession
  /** Settles a delayed payment, emitting `checkout.session.async_payment_succeeded` or `…_failed`. */
  settleAsyncPayment(sessionId: string, outcome: 'succeeded' | 'failed'): SimulatedCheckoutSession
  /** Expires an open session as if its `expires_at` had passed, emitting `checkout.session.expired`. */
  expireCheckoutSession(sessionId: string): SimulatedCheckoutSession
  /** Expires every open session whose `expires_at` has passed on the simulator's clock. */
  expireDueSessions(): void
  /** Opens a dispute on the PaymentIntent's charge, emitting `charge.dispute.created`. */
  createDispute(paymentIntentId: string): SimulatedDispute
  /** The account's events, newest first, as `GET /v1/events` lists them. */
  listEvents(secretKey: string): SimulatedEvent[]
  /** Sends an event again to its subscribed endpoints (or one endpoint); returns the number of deliveries queued. */
  resendEvent(eventId: string, options?: { endpointId?: string }): number
  /** Every webhook delivery attempt so far, oldest first, across all accounts. */
  listDeliveries(): WebhookDeliveryAttempt[]
  /** Holds new webhook deliveries until `resumeWebhookDelivery`. */
  pauseWebhookDelivery(): void
  /** Sends the held deliveries one at a time in the given order, then delivers new events at once again. */
  resumeWebhookDelivery(options?: { order?: 'oldest_first' | 'newest_first' }): void
  /** Resolves when no delivery is running or waiting for a retry; held deliveries are not waited for. */
  waitForWebhookDeliveries(): Promise<void>
}

export function createTestControls(context: SimulatorContext): StripeSimulatorControls {
  const findSession = (sessionId: string): { account: Account; record: CheckoutSessionRecord } => {
    const account = context.store.findSessionOwner(sessionId)
    if (account === undefined) {
      throw new Error(`No such checkout session: '${sessionId}'`)
    }

    return { account, record: getSessionRecordOrThrow(context, account, sessionId) }
  }

  return {
    completeCheckoutSession: (sessionId, options = {}) => {
      const { account, record } = findSession(sessionId)
      const paymentMethod = options.outcome === 'async_pending' ? { type: 'us_bank_account' as const } : { type: 'card' as const, card: TEST_CARD }
      const session = completeCheckoutSession(context, account, record, { paymentMethod, email: options.email ?? null, name: null })

      return structuredClone(session)
    },
    settleAsyncPayment: (sessionId, outcome) => {
      const { account, record } = findSession(sessionId)

      return structuredClone(settleAsyncPayment(context, account, record, outcome))
    },
    expireCheckoutSession: (sessionId) => {
      const { account, record } = findSession(sessionId)

      return structuredClone(expireCheckoutSession(context, account, record, AUTOMATIC_REQUEST))
    },
    expireDueSessions: () => expireDueSessions(context),
    createDispute: (paymentIntentId) => structuredClone(createDispute(context, paymentIntentId)),
    listEvents: (secretKey) => {
      const events = [...(context.store.accounts.get(secretKey)?.events.values() ?? [])]

      return structuredClone(events.reverse())
    },
    resendEvent: (eventId, options = {}) => resendEvent(context, eventId, options.endpointId),
    listDeliveries: () => context.dispatcher.listAttempts(),
    pauseWebhookDelivery: () => context.dispatcher.pause(),
    resumeWebhookDelivery: (options = {}) => context.dispatcher.resume(options.order),
    waitForWebhookDeliveries: () => context.dispatcher.waitForIdle(),
  }
}
