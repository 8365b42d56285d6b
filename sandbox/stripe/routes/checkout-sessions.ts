import { z } from 'zod'

import { invalidParam, invalidRequest } from '../api-error'
import { expireCheckoutSession, getSessionRecordOrThrow } from '../checkout-flow'
import { nowSeconds } from '../context'
import { listLineItems } from '../expand'
import { paginate } from '../list'
import { formatMinorUnits } from '../money-format'
import { buildCheckoutSession, buildLineItems } from '../objects/checkout-session'
import type { LineItemInput } from '../objects/checkout-session'
import {
  expandParam, formArray, formCurrency, formEmail, formInteger, formMetadata, formString, formUrl,
  paginationParams, parseParams,
} from '../params'
import type { ApiRequest, ApiRoute } from '../router'
import { logUnsupportedParams, pathParam, withExpand } from '../router'

/** Stripe's `expires_at` window for a new session, in seconds from now; 24 hours is also the default. */
const MIN_EXPIRY_SECONDS = 30 * 60
const MAX_EXPIRY_SECONDS = 24 * 60 * 60

/**
 * Stripe's minimum charge amounts in minor units for common currencies.
 * NOTE: other currencies are not checked, although Stripe has minimums for them too.
 */
const MINIMUM_AMOUNTS: Record<string, number> = { usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, jpy: 50 }

const lineItemSchema = z.object({
  price: formString(255).optional(),
  price_data: z
    .object({
      currency: formCurrency(),
      unit_amount: formInteger({ min: 0, max: 99_999_999 }),
      product_data: z.object({
        name: formString(250).min(1, { error: 'The product name cannot be empty.' }),
        description: formString(40_000).optional(),
        metadata: formMetadata().optional(),
      }),
    })
    .optional(),
  quantity: formInteger({ min: 1, max: 999_999 }),
})

const createSchema = z.object({
  mode: z.enum(['payment', 'setup', 'subscription']),
  ui_mode: z.enum(['hosted_page', 'hosted']).optional(),
  line_items: formArray(lineItemSchema).refine((items) => items.length > 0, { error: 'At least one line item is required.' }),
  currency: formCurrency().optional(),
  success_url: formUrl().optional(),
  cancel_url: formUrl().optional(),
  client_reference_id: formString(200).optional(),
  customer_email: formEmail().optional(),
  metadata: formMetadata().optional(),
  payment_intent_data: z
    .object({ metadata: formMetadata().optional(), description: formString(1000).optional() })
    .optional(),
  branding_settings: z.object({ display_name: formString(100).optional() }).optional(),
  expires_at: formInteger().optional(),
  expand: expandParam,
})

const retrieveSchema = z.object({ expand: expandParam })

const listSchema = z.object({
  ...paginationParams,
  payment_intent: formString(255).optional(),
  status: z.enum(['open', 'complete', 'expired']).optional(),
  expand: expandParam,
})

function createSession(request: ApiRequest): object {
  const params = parseParams(createSchema, request.params)
  logUnsupportedParams(request, createSchema.shape, 'POST /v1/checkout/sessions')
  if (params.mode !== 'payment') {
    throw invalidParam('mode', `The simulator supports mode=payment only, not mode=${params.mode}.`)
  }

  const now = nowSeconds(request.simulator)
  const lineItemInputs = params.line_items.map(requirePriceData)
  const lineItems = buildLineItems(lineItemInputs, now)
  const currency = checkCurrencies(lineItemInputs, params.currency)
  checkMinimumAmount(lineItems.reduce((sum, item) => sum + item.amount_total, 0), currency)
  const expiresAt = params.expires_at ?? now + MAX_EXPIRY_SECONDS
  if (expiresAt < now + MIN_EXPIRY_SECONDS || expiresAt > now + MAX_EXPIRY_SECONDS) {
    throw invalidParam('expires_at', 'The `expires_at` timestamp must be between 30 minutes and 24 hours after Checkout Session creation.')
  }

  const session = buildCheckoutSession(
    {
      success_url: params.success_url,
      cancel_url: params.cancel_url,
      client_reference_id: params.client_reference_id,
      customer_email: params.customer_email,
      metadata: params.metadata,
      expires_at: expiresAt,
    },
    lineItems,
    request.simulator.baseUrl,
    now,
  )
  request.account.sessions.set(session.id, {
    session,
    lineItems,
    paymentIntentData: {
      metadata: params.payment_intent_data?.metadata ?? {},
      description: params.payment_intent_data?.description ?? null,
    },
    displayName: params.branding_settings?.display_name ?? null,
    productDescriptions: Object.fromEntries(
      lineItems.flatMap((item, index) => {
        const description = lineItemInputs[index]?.price_data.product_data.description

        return description === undefined ? [] : [[item.id, description]]
      }),
    ),
  })
  request.simulator.onChange()
  request.simulator.logger.info({ requestId: request.requestInfo.id, sessionId: session.id }, 'checkout session created')

  return withExpand(request, session, params.expand)
}

function requirePriceData(item: z.output<typeof lineItemSchema>, index: number): LineItemInput {
  if (item.price !== undefined) {
    throw invalidParam(`line_items[${index}][price]`, 'The simulator supports inline price_data only, not price ids.')
  }
  if (item.price_data === undefined) {
    const param = `line_items[${index}][price_data]`
    throw invalidParam(param, `Missing required param: ${param}.`, 'parameter_missing')
  }

  return { quantity: item.quantity, price_data: item.price_data }
}

function checkCurrencies(items: LineItemInput[], sessionCurrency: string | undefined): string {
  const currencies = new Set(items.map((item) => item.price_data.currency))
  if (sessionCurrency !== undefined) {
    currencies.add(sessionCurrency)
  }
  if (currencies.size > 1) {
    throw invalidParam('line_items', `All line items must use the same currency, but got ${[...currencies].join(', ')}.`)
  }

  return [...currencies][0] ?? 'usd'
}

function checkMinimumAmount(amountTotal: number, currency: string): void {
  const minimum = MINIMUM_AMOUNTS[currency]
  if (minimum !== undefined && amountTotal < minimum) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${formatMinorUnits(minimum, currency)} ${currency}`,
      'amount_too_small',
    )
  }
}

export const checkoutSessionRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/checkout/sessions', handle: createSession },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id',
    handle: (request) => {
      const params = parseParams(retrieveSchema, request.params)
      const record = getSessionRecordOrThrow(request.simulator, request.account, pathParam(request, 'id'))

      return withExpand(request, record.session, params.expand)
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions',
    handle: (request) => {
      const params = parseParams(listSchema, request.params)
      const sessions = [...request.account.sessions.values()]
        .map((record) => getSessionRecordOrThrow(request.simulator, request.account, record.session.id).session)
        .filter((session) => params.payment_intent === undefined || session.payment_intent === params.payment_intent)
        .filter((session) => params.status === undefined || session.status === params.status)

      return withExpand(request, paginate(sessions, params, '/v1/checkout/sessions'), params.expand)
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/line_items',
    handle: (request) => {
      const sessionId = pathParam(request, 'id')
      getSessionRecordOrThrow(request.simulator, request.account, sessionId)

      return listLineItems(request.account, sessionId)
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/expire',
    handle: (request) => {
      const params = parseParams(retrieveSchema, request.params)
      const record = getSessionRecordOrThrow(request.simulator, request.account, pathParam(request, 'id'))

      return withExpand(request, expireCheckoutSession(request.simulator, request.account, record, request.requestInfo), params.expand)
    },
  },
]
