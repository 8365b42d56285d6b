import type Stripe from 'stripe'

import { createCheckoutSessionId, createId } from '../ids'

/**
 * Wire shapes of the Checkout objects the simulator returns. Each is a Pick of the stripe-node type,
 * so the compiler checks every field the simulator sends against the SDK's own definition.
 * Fields that the simulator does not model are left out rather than faked.
 */
export type SimulatedCheckoutSession = Pick<
  Stripe.Checkout.Session,
  | 'id' | 'object' | 'adaptive_pricing' | 'after_expiration' | 'allow_promotion_codes' | 'amount_subtotal'
  | 'amount_total' | 'automatic_tax' | 'billing_address_collection' | 'cancel_url' | 'client_reference_id'
  | 'client_secret' | 'collected_information' | 'consent' | 'consent_collection' | 'created' | 'currency'
  | 'currency_conversion' | 'custom_fields' | 'custom_text' | 'customer' | 'customer_account'
  | 'customer_creation' | 'customer_details' | 'customer_email' | 'discounts' | 'expires_at' | 'invoice'
  | 'invoice_creation' | 'livemode' | 'locale' | 'metadata' | 'mode' | 'payment_intent' | 'payment_link'
  | 'payment_method_collection' | 'payment_method_options' | 'payment_method_types' | 'payment_status'
  | 'recovered_from' | 'setup_intent' | 'shipping_address_collection' | 'shipping_cost' | 'shipping_options'
  | 'status' | 'submit_type' | 'subscription' | 'success_url' | 'total_details' | 'ui_mode' | 'url'
> & { line_items?: SimulatedList<SimulatedLineItem> }

export type SimulatedPrice = Pick<
  Stripe.Price,
  | 'id' | 'object' | 'active' | 'billing_scheme' | 'created' | 'currency' | 'custom_unit_amount' | 'livemode'
  | 'lookup_key' | 'metadata' | 'nickname' | 'product' | 'recurring' | 'tax_behavior' | 'tiers_mode'
  | 'transform_quantity' | 'type' | 'unit_amount'
> & {
  // stripe-node 23 turns this decimal string into its Decimal class when it reads the response.
  unit_amount_decimal: string
}

export type SimulatedLineItem = Pick<
  Stripe.LineItem,
  | 'id' | 'object' | 'adjustable_quantity' | 'amount_discount' | 'amount_subtotal' | 'amount_tax'
  | 'amount_total' | 'currency' | 'description' | 'metadata' | 'quantity'
> & { price: SimulatedPrice }

export type SimulatedList<Item> = { object: 'list'; data: Item[]; has_more: boolean; url: string }

export type LineItemInput = {
  quantity: number
  price_data: {
    currency: string
    unit_amount: number
    product_data: { name: string; description?: string | undefined; metadata?: Record<string, string> | undefined }
  }
}

export type CheckoutSessionInput = {
  success_url?: string | undefined
  cancel_url?: string | undefined
  client_reference_id?: string | undefined
  customer_email?: string | undefined
  metadata?: Record<string, string> | undefined
  expires_at: number
}

/** Builds the line items of a new session; each gets an inline, inactive Price as Stripe creates for price_data. */
export function buildLineItems(inputs: LineItemInput[], createdAt: number): SimulatedLineItem[] {
  return inputs.map((input) => {
    const amount = input.price_data.unit_amount * input.quantity
    const price: SimulatedPrice = {
      id: createId('price_'),
      object: 'price',
      active: false,
      billing_scheme: 'per_unit',
      created: createdAt,
      currency: input.price_data.currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: createId('prod_'),
      recurring: null,
      tax_behavior: 'unspecified',
      tiers_mode: null,
      transform_quantity: null,
      type: 'one_time',
      unit_amount: input.price_data.unit_amount,
      unit_amount_decimal: String(input.price_data.unit_amount),
    }

    return {
      id: createId('li_'),
      object: 'item',
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: input.price_data.currency,
      description: input.price_data.product_data.name,
      metadata: {},
      price,
      quantity: input.quantity,
    }
  })
}

/** Builds an open, unpaid payment-mode session. `hostedPageBaseUrl` is where the simulator serves /checkout/:id. */
export function buildCheckoutSession(
  input: CheckoutSessionInput,
  lineItems: SimulatedLineItem[],
  hostedPageBaseUrl: string,
  createdAt: number,
): SimulatedCheckoutSession {
  const id = createCheckoutSessionId()
  const amountTotal = lineItems.reduce((sum, item) => sum + item.amount_total, 0)

  return {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: amountTotal,
    amount_total: amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancel_url ?? null,
    client_reference_id: input.client_reference_id ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: createdAt,
    currency: lineItems[0]?.currency ?? null,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_account: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: input.customer_email ?? null,
    discounts: [],
    expires_at: input.expires_at,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    metadata: input.metadata ?? {},
    mode: 'payment',
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_options: {},
    payment_method_types: ['card', 'us_bank_account'],
    payment_status: 'unpaid',
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: input.success_url ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: hostedPageUrl(hostedPageBaseUrl, id),
  }
}

export function hostedPageUrl(baseUrl: string, sessionId: string): string {
  return `${baseUrl}/checkout/${sessionId}`
}
