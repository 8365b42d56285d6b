import { invalidRequest, resourceMissing } from './api-error'
import type { RequestInfo, SimulatorContext } from './context'
import { AUTOMATIC_REQUEST, nowSeconds } from './context'
import { publishEvent } from './events'
import type { SimulatedCheckoutSession } from './objects/checkout-session'
import type { PaymentMethodInput } from './objects/payment'
import { approvedOutcome, buildPayment } from './objects/payment'
import type { Account, CheckoutSessionRecord } from './state'

export type PaymentDetails = {
  paymentMethod: PaymentMethodInput
  email: string | null
  name: string | null
}

/**
 * Returns the account's session, first expiring it if its `expires_at` has passed.
 * Throws a 404 StripeApiError when the account has no such session.
 */
export function getSessionRecordOrThrow(context: SimulatorContext, account: Account, sessionId: string): CheckoutSessionRecord {
  const record = account.sessions.get(sessionId)
  if (record === undefined) {
    throw resourceMissing('checkout.session', sessionId, 'session')
  }
  expireIfDue(context, account, record)

  return record
}

/** Expires every open session past its `expires_at`. The server runs this on a timer. */
export function expireDueSessions(context: SimulatorContext): void {
  for (const account of context.store.accounts.values()) {
    for (const record of account.sessions.values()) {
      expireIfDue(context, account, record)
    }
  }
}

/** Expires an open session and emits `checkout.session.expired`. Throws a 400 unless the session is open. */
export function expireCheckoutSession(
  context: SimulatorContext,
  account: Account,
  record: CheckoutSessionRecord,
  request: RequestInfo,
): SimulatedCheckoutSession {
  const session = record.session
  if (session.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
      'checkout_session_not_open',
    )
  }

  session.status = 'expired'
  // Stripe's `url` is only present while the session can still be paid.
  session.url = null
  publishEvent(context, account, 'checkout.session.expired', session, request)
  context.onChange()

  return session
}

/**
 * Pays an open session: creates the PaymentIntent and Charge, completes the session and emits
 * the events in the order Stripe sends them. A card settles at once (`payment_status: 'paid'`),
 * while a bank debit leaves the session unpaid until `settleAsyncPayment`. Throws a 400 unless the session is open.
 */
export function completeCheckoutSession(
  context: SimulatorContext,
  account: Account,
  record: CheckoutSessionRecord,
  details: PaymentDetails,
  request: RequestInfo = AUTOMATIC_REQUEST,
): SimulatedCheckoutSession {
  const session = record.session
  if (session.status !== 'open') {
    throw invalidRequest(`Checkout Session ${session.id} cannot be paid because its status is "${session.status}".`)
  }

  const email = details.email ?? session.customer_email
  const { paymentIntent, charge } = buildPayment(
    {
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'usd',
      metadata: { ...record.paymentIntentData.metadata },
      description: record.paymentIntentData.description,
      receiptEmail: email,
      billingName: details.name,
      paymentMethod: details.paymentMethod,
    },
    nowSeconds(context),
  )
  account.paymentIntents.set(paymentIntent.id, paymentIntent)
  account.charges.set(charge.id, charge)

  const isSettled = details.paymentMethod.type === 'card'
  session.status = 'complete'
  session.payment_status = isSettled ? 'paid' : 'unpaid'
  session.payment_intent = paymentIntent.id
  session.url = null
  session.customer_details = {
    address: null,
    business_name: null,
    email,
    individual_name: null,
    name: details.name,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  }

  // payment_intent.created carries the intent as it was before confirmation.
  const unconfirmed = { ...paymentIntent, status: 'requires_payment_method', amount_received: 0, latest_charge: null, payment_method: null }
  publishEvent(context, account, 'payment_intent.created', unconfirmed, request)
  publishEvent(context, account, isSettled ? 'charge.succeeded' : 'charge.pending', charge, request)
  publishEvent(context, account, isSettled ? 'payment_intent.succeeded' : 'payment_intent.processing', paymentIntent, request)
  publishEvent(context, account, 'checkout.session.completed', session, request)
  context.onChange()

  return session
}

/**
 * Settles the delayed payment of a completed, unpaid session. Success marks it paid and emits
 * `checkout.session.async_payment_succeeded`. Failure leaves it unpaid and emits `…_failed`.
 * Throws a 400 when the session has no payment awaiting settlement.
 */
export function settleAsyncPayment(
  context: SimulatorContext,
  account: Account,
  record: CheckoutSessionRecord,
  outcome: 'succeeded' | 'failed',
): SimulatedCheckoutSession {
  const session = record.session
  const paymentIntent = session.payment_intent === null ? undefined : account.paymentIntents.get(String(session.payment_intent))
  const charge = paymentIntent === undefined ? undefined : account.charges.get(String(paymentIntent.latest_charge))
  if (session.status !== 'complete' || paymentIntent?.status !== 'processing' || charge === undefined) {
    throw invalidRequest(`Checkout Session ${session.id} has no delayed payment awaiting settlement.`)
  }

  if (outcome === 'succeeded') {
    paymentIntent.status = 'succeeded'
    paymentIntent.amount_received = paymentIntent.amount
    Object.assign(charge, { status: 'succeeded', paid: true, captured: true, amount_captured: charge.amount, outcome: approvedOutcome() })
    session.payment_status = 'paid'
    publishEvent(context, account, 'charge.succeeded', charge, AUTOMATIC_REQUEST)
    publishEvent(context, account, 'payment_intent.succeeded', paymentIntent, AUTOMATIC_REQUEST)
    publishEvent(context, account, 'checkout.session.async_payment_succeeded', session, AUTOMATIC_REQUEST)
  } else {
    const message = "The customer's bank account has insufficient funds to cover this payment."
    paymentIntent.status = 'requires_payment_method'
    paymentIntent.last_payment_error = { code: 'insufficient_funds', message, type: 'card_error', payment_method_type: 'us_bank_account' }
    Object.assign(charge, { status: 'failed', failure_code: 'insufficient_funds', failure_message: message })
    publishEvent(context, account, 'charge.failed', charge, AUTOMATIC_REQUEST)
    publishEvent(context, account, 'payment_intent.payment_failed', paymentIntent, AUTOMATIC_REQUEST)
    publishEvent(context, account, 'checkout.session.async_payment_failed', session, AUTOMATIC_REQUEST)
  }
  context.onChange()

  return session
}

function expireIfDue(context: SimulatorContext, account: Account, record: CheckoutSessionRecord): void {
  if (record.session.status === 'open' && nowSeconds(context) >= record.session.expires_at) {
    context.logger.info({ sessionId: record.session.id }, 'checkout session reached expires_at')
    expireCheckoutSession(context, account, record, AUTOMATIC_REQUEST)
  }
}
