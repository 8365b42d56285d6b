import type Stripe from 'stripe'

import type { SimulatedCheckoutSession, SimulatedLineItem } from './objects/checkout-session'
import type { SimulatedCharge, SimulatedDispute, SimulatedPaymentIntent, SimulatedRefund } from './objects/payment'

/** A test-mode secret key: `sk_test_` followed by letters and digits. Each distinct key is its own account. */
export const SECRET_KEY_PATTERN = /^sk_test_[A-Za-z0-9]+$/

export type CheckoutSessionRecord = {
  session: SimulatedCheckoutSession
  lineItems: SimulatedLineItem[]
  /** Copied onto the PaymentIntent when the session is paid, as Stripe does with payment_intent_data. */
  paymentIntentData: { metadata: Record<string, string>; description: string | null }
  /** branding_settings[display_name], shown on the hosted page. */
  displayName: string | null
  /** product_data[description] by line item id, shown under each item on the hosted page. */
  productDescriptions: Record<string, string>
}

export type SimulatedWebhookEndpoint = Pick<
  Stripe.WebhookEndpoint,
  | 'id' | 'object' | 'api_version' | 'application' | 'created' | 'description' | 'enabled_events' | 'livemode'
  | 'metadata' | 'status' | 'url'
>

export type WebhookEndpointRecord = {
  endpoint: SimulatedWebhookEndpoint
  /** The signing secret; the API returns it only in the create response, as Stripe does. */
  secret: string
}

export type SimulatedEvent = Pick<
  Stripe.Event,
  'id' | 'object' | 'api_version' | 'created' | 'livemode' | 'pending_webhooks' | 'request' | 'type'
> & { data: { object: unknown } }

/** A stored response to a POST that carried an Idempotency-Key. */
export type IdempotentResponse = {
  fingerprint: string
  statusCode: number
  body: string
  createdAt: number
}

export type Account = {
  secretKey: string
  sessions: Map<string, CheckoutSessionRecord>
  paymentIntents: Map<string, SimulatedPaymentIntent>
  charges: Map<string, SimulatedCharge>
  refunds: Map<string, SimulatedRefund>
  disputes: Map<string, SimulatedDispute>
  webhookEndpoints: Map<string, WebhookEndpointRecord>
  /** Events in creation order; list endpoints reverse it because Stripe lists newest first. */
  events: Map<string, SimulatedEvent>
  idempotentResponses: Map<string, IdempotentResponse>
}

export function createAccount(secretKey: string): Account {
  return {
    secretKey,
    sessions: new Map(),
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    disputes: new Map(),
    webhookEndpoints: new Map(),
    events: new Map(),
    idempotentResponses: new Map(),
  }
}

/**
 * All simulated accounts, keyed by secret key. Objects live in their account only, so API requests with
 * one key cannot read another key's objects. Lookups by id alone (the hosted page, test controls) scan
 * every account, which is fast enough for the few accounts a test suite creates.
 */
export class SimulatorStore {
  readonly accounts = new Map<string, Account>()

  /** Returns the account of a key that matches SECRET_KEY_PATTERN, creating it on first use. */
  getOrCreateAccount(secretKey: string): Account {
    const existing = this.accounts.get(secretKey)
    if (existing) {
      return existing
    }

    const account = createAccount(secretKey)
    this.accounts.set(secretKey, account)

    return account
  }

  findSessionOwner(sessionId: string): Account | undefined {
    return this.findAccount((account) => account.sessions.has(sessionId))
  }

  findPaymentIntentOwner(paymentIntentId: string): Account | undefined {
    return this.findAccount((account) => account.paymentIntents.has(paymentIntentId))
  }

  findEventOwner(eventId: string): Account | undefined {
    return this.findAccount((account) => account.events.has(eventId))
  }

  findWebhookEndpoint(endpointId: string): WebhookEndpointRecord | undefined {
    return this.findAccount((account) => account.webhookEndpoints.has(endpointId))?.webhookEndpoints.get(endpointId)
  }

  private findAccount(predicate: (account: Account) => boolean): Account | undefined {
    for (const account of this.accounts.values()) {
      if (predicate(account)) {
        return account
      }
    }

    return undefined
  }
}
