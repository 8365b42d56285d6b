import type Stripe from 'stripe'

import type { RequestInfo, SimulatorContext } from './context'
import { nowSeconds } from './context'
import { createId } from './ids'
import type { Account, SimulatedEvent, SimulatedWebhookEndpoint, SimulatorStore, WebhookEndpointRecord } from './state'
import type { DeliveryJob } from './webhook-delivery'

/**
 * Records an event on the account and queues one delivery per enabled endpoint subscribed to its type.
 * `data.object` is a deep copy, so the event keeps the object as it was at this moment, as Stripe's do.
 */
export function publishEvent(
  context: SimulatorContext,
  account: Account,
  type: Stripe.Event.Type,
  object: unknown,
  request: RequestInfo,
): SimulatedEvent {
  const endpoints = [...account.webhookEndpoints.values()].filter((record) => isSubscribed(record.endpoint, type))
  const event: SimulatedEvent = {
    id: createId('evt_'),
    object: 'event',
    api_version: context.apiVersion,
    created: nowSeconds(context),
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: endpoints.length,
    request,
    type,
  }
  account.events.set(event.id, event)
  context.logger.info({ eventId: event.id, eventType: type, endpointCount: endpoints.length }, 'event created')

  for (const record of endpoints) {
    enqueueDelivery(context, record, event)
  }

  return event
}

/**
 * Sends an existing event again, to one endpoint or to every enabled endpoint subscribed to its type,
 * the way `stripe events resend` does. Returns the number of deliveries queued.
 */
export function resendEvent(context: SimulatorContext, eventId: string, endpointId?: string): number {
  const account = context.store.findEventOwner(eventId)
  const event = account?.events.get(eventId)
  if (account === undefined || event === undefined) {
    throw new Error(`No such event: '${eventId}'`)
  }

  const records = [...account.webhookEndpoints.values()].filter((record) =>
    endpointId === undefined ? isSubscribed(record.endpoint, event.type) : record.endpoint.id === endpointId,
  )
  if (endpointId !== undefined && records.length === 0) {
    throw new Error(`No such webhook endpoint: '${endpointId}'`)
  }

  event.pending_webhooks += records.length
  for (const record of records) {
    enqueueDelivery(context, record, event)
  }

  return records.length
}

/** Counts a successful delivery off the event's `pending_webhooks`, as Stripe does. Returns whether the event changed. */
export function recordDelivered(store: SimulatorStore, job: DeliveryJob): boolean {
  const event = store.findEventOwner(job.eventId)?.events.get(job.eventId)
  if (event === undefined || event.pending_webhooks === 0) {
    return false
  }

  event.pending_webhooks -= 1

  return true
}

export function isSubscribed(endpoint: SimulatedWebhookEndpoint, type: string): boolean {
  return endpoint.status === 'enabled' && (endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(type))
}

function enqueueDelivery(context: SimulatorContext, record: WebhookEndpointRecord, event: SimulatedEvent): void {
  context.dispatcher.enqueue({
    endpointId: record.endpoint.id,
    eventId: event.id,
    eventType: event.type,
    // Stripe sends events as indented JSON, and receivers must verify these exact bytes.
    payload: JSON.stringify(event, null, 2),
    attempt: 1,
  })
}
