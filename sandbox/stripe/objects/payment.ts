import type Stripe from 'stripe'

import { createId } from '../ids'

/** Wire shapes of payment objects, as Picks of the stripe-node types (see checkout-session.ts). */
export type SimulatedPaymentIntent = Pick<
  Stripe.PaymentIntent,
  | 'id' | 'object' | 'amount' | 'amount_capturable' | 'amount_received' | 'application'
  | 'application_fee_amount' | 'automatic_payment_methods' | 'canceled_at' | 'cancellation_reason'
  | 'capture_method' | 'client_secret' | 'confirmation_method' | 'created' | 'currency' | 'customer'
  | 'description' | 'last_payment_error' | 'latest_charge' | 'livemode' | 'metadata' | 'next_action'
  | 'on_behalf_of' | 'payment_method' | 'payment_method_options' | 'payment_method_types' | 'processing'
  | 'receipt_email' | 'review' | 'setup_future_usage' | 'shipping' | 'source' | 'statement_descriptor'
  | 'statement_descriptor_suffix' | 'status' | 'transfer_data' | 'transfer_group'
>

export type SimulatedCharge = Pick<
  Stripe.Charge,
  | 'id' | 'object' | 'amount' | 'amount_captured' | 'amount_refunded' | 'application' | 'application_fee'
  | 'application_fee_amount' | 'balance_transaction' | 'billing_details' | 'calculated_statement_descriptor'
  | 'captured' | 'created' | 'currency' | 'customer' | 'description' | 'disputed' | 'failure_balance_transaction'
  | 'failure_code' | 'failure_message' | 'fraud_details' | 'livemode' | 'metadata' | 'on_behalf_of' | 'outcome'
  | 'paid' | 'payment_intent' | 'payment_method' | 'payment_method_details' | 'receipt_email' | 'receipt_number'
  | 'receipt_url' | 'refunded' | 'review' | 'shipping' | 'source_transfer' | 'statement_descriptor'
  | 'statement_descriptor_suffix' | 'status' | 'transfer_data' | 'transfer_group'
>

export type SimulatedRefund = Pick<
  Stripe.Refund,
  | 'id' | 'object' | 'amount' | 'balance_transaction' | 'charge' | 'created' | 'currency' | 'metadata'
  | 'payment_intent' | 'reason' | 'receipt_number' | 'source_transfer_reversal' | 'status' | 'transfer_reversal'
>

/** A dispute without the evidence fields, which the simulator does not model. */
export type SimulatedDispute = Pick<
  Stripe.Dispute,
  | 'id' | 'object' | 'amount' | 'charge' | 'created' | 'currency' | 'is_charge_refundable' | 'livemode'
  | 'metadata' | 'payment_intent' | 'reason' | 'status'
>

export type CardDetails = { brand: string; last4: string; expMonth: number; expYear: number }

/** Payment method of a checkout. A card settles at once, and a US bank account (ACH debit) settles later. */
export type PaymentMethodInput = { type: 'card'; card: CardDetails } | { type: 'us_bank_account' }

export type PaymentInput = {
  amount: number
  currency: string
  metadata: Record<string, string>
  description: string | null
  receiptEmail: string | null
  billingName: string | null
  paymentMethod: PaymentMethodInput
}

/** Builds a PaymentIntent and its Charge, both succeeded for a card and processing/pending for a bank debit. */
export function buildPayment(input: PaymentInput, createdAt: number): {
  paymentIntent: SimulatedPaymentIntent
  charge: SimulatedCharge
} {
  const paymentIntentId = createId('pi_')
  const chargeId = createId('ch_')
  const paymentMethodId = createId('pm_')
  const isSettled = input.paymentMethod.type === 'card'

  const paymentIntent: SimulatedPaymentIntent = {
    id: paymentIntentId,
    object: 'payment_intent',
    amount: input.amount,
    amount_capturable: 0,
    amount_received: isSettled ? input.amount : 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${paymentIntentId}_secret_${createId('', 24)}`,
    confirmation_method: 'automatic',
    created: createdAt,
    currency: input.currency,
    customer: null,
    description: input.description,
    last_payment_error: null,
    latest_charge: chargeId,
    livemode: false,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: paymentMethodId,
    payment_method_options: {},
    payment_method_types: [input.paymentMethod.type],
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: isSettled ? 'succeeded' : 'processing',
    transfer_data: null,
    transfer_group: null,
  }

  const charge: SimulatedCharge = {
    id: chargeId,
    object: 'charge',
    amount: input.amount,
    amount_captured: isSettled ? input.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: input.receiptEmail, name: input.billingName, phone: null, tax_id: null },
    calculated_statement_descriptor: 'SIMULATOR',
    captured: isSettled,
    created: createdAt,
    currency: input.currency,
    customer: null,
    description: input.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: input.metadata,
    on_behalf_of: null,
    outcome: isSettled ? approvedOutcome() : null,
    paid: isSettled,
    payment_intent: paymentIntentId,
    payment_method: paymentMethodId,
    payment_method_details: paymentMethodDetails(input.paymentMethod, input.amount),
    receipt_email: input.receiptEmail,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: isSettled ? 'succeeded' : 'pending',
    transfer_data: null,
    transfer_group: null,
  }

  return { paymentIntent, charge }
}

export function approvedOutcome(): Stripe.Charge.Outcome {
  return {
    advice_code: null,
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'approved_by_network',
    reason: null,
    risk_level: 'normal',
    seller_message: 'Payment complete.',
    type: 'authorized',
  }
}

function paymentMethodDetails(paymentMethod: PaymentMethodInput, amount: number): Stripe.Charge.PaymentMethodDetails {
  if (paymentMethod.type === 'us_bank_account') {
    return {
      type: 'us_bank_account',
      us_bank_account: {
        account_holder_type: 'individual',
        account_type: 'checking',
        bank_name: 'STRIPE TEST BANK',
        fingerprint: null,
        last4: '6789',
        payment_reference: null,
        routing_number: '110000000',
      },
    }
  }

  return {
    type: 'card',
    card: {
      amount_authorized: amount,
      authorization_code: null,
      brand: paymentMethod.card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      electronic_commerce_indicator: null,
      exp_month: paymentMethod.card.expMonth,
      exp_year: paymentMethod.card.expYear,
      funding: 'credit',
      installments: null,
      last4: paymentMethod.card.last4,
      mandate: null,
      network: paymentMethod.card.brand,
      network_transaction_id: null,
      regulated_status: 'unregulated',
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  }
}
