import type { IncomingMessage, ServerResponse } from 'node:http'

import { StripeApiError } from '../api-error'
import { completeCheckoutSession, getSessionRecordOrThrow } from '../checkout-flow'
import type { SimulatorContext } from '../context'
import { parseFormEncoded } from '../form-encoding'
import type { FormObject } from '../form-encoding'
import { BodyTooLargeError, readBody, sendHtml, sendRedirect } from '../http-io'
import type { PaymentMethodInput } from '../objects/payment'
import type { Account, CheckoutSessionRecord } from '../state'
import type { CheckoutFormError, CheckoutFormValues } from './checkout-form'
import { defaultFormValues, renderCheckoutPage } from './checkout-form'
import { renderMessagePage } from './layout'
import { checkCard } from './test-cards'

const PAGE_PATH = /^\/checkout\/([^/]+)$/
const PAY_PATH = /^\/checkout\/([^/]+)\/pay$/

/**
 * Serves the hosted checkout: `GET /checkout/:id` shows the payment page and `POST /checkout/:id/pay`
 * pays with the submitted test card or bank account, then sends the customer to success_url (303).
 * Paid, expired and unknown sessions get an explanatory page instead of the form.
 */
export async function handleHostedPageRequest(
  context: SimulatorContext,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  const pageMatch = request.method === 'GET' ? PAGE_PATH.exec(pathname) : null
  const payMatch = request.method === 'POST' ? PAY_PATH.exec(pathname) : null
  const sessionId = pageMatch?.[1] ?? payMatch?.[1]
  // Read the whole body before looking at the session: everything after this await runs without
  // yielding, so two concurrent submissions cannot both see the session open.
  const form = payMatch === null ? {} : await readPaymentForm(request, response)
  if (form === undefined) {
    return
  }

  const found = sessionId === undefined ? undefined : findSession(context, sessionId)
  if (found === undefined) {
    sendHtml(response, 404, renderMessagePage({ title: 'Page not found', message: 'This checkout link is not valid. Return to the store and start checkout again.' }))

    return
  }

  const { account, record } = found
  if (record.session.status !== 'open') {
    sendHtml(response, payMatch === null ? 200 : 409, renderClosedSession(record))

    return
  }
  if (payMatch === null) {
    sendHtml(response, 200, renderCheckoutPage(record, defaultFormValues(record, new Date(context.nowMs())), null))

    return
  }

  handlePay(context, account, record, form, response)
}

/** Reads and decodes the payment form. Sends a 400 or 413 page and returns undefined when it is malformed or too large. */
async function readPaymentForm(request: IncomingMessage, response: ServerResponse): Promise<FormObject | undefined> {
  try {
    return parseFormEncoded(await readBody(request))
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendHtml(response, 413, renderMessagePage({ title: 'Form too large', message: error.message }))

      return undefined
    }
    if (error instanceof StripeApiError) {
      sendHtml(response, 400, renderMessagePage({ title: 'Invalid form submission', message: error.message }))

      return undefined
    }
    throw error
  }
}

function handlePay(
  context: SimulatorContext,
  account: Account,
  record: CheckoutSessionRecord,
  form: FormObject,
  response: ServerResponse,
): void {
  const field = (name: string): string => {
    const value = form[name]

    return typeof value === 'string' ? value : ''
  }
  const values: CheckoutFormValues = {
    email: field('email').trim(),
    paymentMethod: field('payment_method') === 'us_bank_account' ? 'us_bank_account' : 'card',
    cardNumber: field('card_number'),
    cardExpiry: field('card_expiry'),
    cardCvc: field('card_cvc'),
    cardholderName: field('cardholder_name').trim(),
  }
  const showError = (statusCode: number, error: CheckoutFormError): void => {
    sendHtml(response, statusCode, renderCheckoutPage(record, values, error))
  }

  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    showError(400, { field: 'email', message: 'Your email address is invalid.' })

    return
  }

  let paymentMethod: PaymentMethodInput = { type: 'us_bank_account' }
  if (values.paymentMethod === 'card') {
    const check = checkCard({ number: values.cardNumber, expiry: values.cardExpiry, cvc: values.cardCvc }, new Date(context.nowMs()))
    if (check.outcome === 'invalid') {
      showError(400, { field: check.field, message: check.message })

      return
    }
    if (check.outcome === 'declined') {
      // A decline creates no objects and no events, so the customer can try another card.
      context.logger.info({ sessionId: record.session.id, declineCode: check.declineCode }, 'hosted checkout card declined')
      showError(402, { field: 'card_number', message: check.message })

      return
    }
    paymentMethod = { type: 'card', card: check.card }
  }

  const session = completeCheckoutSession(context, account, record, {
    paymentMethod,
    email: values.email,
    name: values.cardholderName === '' ? null : values.cardholderName,
  })
  context.logger.info({ sessionId: session.id, paymentStatus: session.payment_status }, 'hosted checkout completed')

  if (session.success_url === null) {
    sendHtml(response, 200, renderMessagePage({ title: 'Payment received', message: 'Thank you. You can close this page.' }))

    return
  }
  sendRedirect(response, session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id))
}

function findSession(context: SimulatorContext, sessionId: string): { account: Account; record: CheckoutSessionRecord } | undefined {
  const account = context.store.findSessionOwner(sessionId)
  if (account === undefined) {
    return undefined
  }

  try {
    return { account, record: getSessionRecordOrThrow(context, account, sessionId) }
  } catch (error) {
    if (error instanceof StripeApiError && error.statusCode === 404) {
      return undefined
    }
    throw error
  }
}

function renderClosedSession(record: CheckoutSessionRecord): string {
  const { session } = record
  const storeName = record.displayName ?? 'the store'
  if (session.status === 'complete') {
    const successUrl = session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id)

    return renderMessagePage({
      title: 'This checkout is already complete',
      message: 'Your payment for this order has already been submitted. You will not be charged again.',
      link: successUrl === undefined ? undefined : { href: successUrl, text: `Return to ${storeName}` },
    })
  }

  return renderMessagePage({
    title: 'This checkout session has expired',
    message: 'The time to pay for this order has run out, and you have not been charged. Return to the store to start again.',
    link: session.cancel_url === null ? undefined : { href: session.cancel_url, text: `Return to ${storeName}` },
  })
}
