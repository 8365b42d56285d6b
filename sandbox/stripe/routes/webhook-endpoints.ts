import { z } from 'zod'

import { resourceMissing } from '../api-error'
import { nowSeconds } from '../context'
import { createId, createWebhookSecret } from '../ids'
import { paginate } from '../list'
import { formArray, formBoolean, formMetadata, formString, formUrl, paginationParams, parseParams } from '../params'
import type { ApiRequest, ApiRoute } from '../router'
import { logUnsupportedParams, pathParam } from '../router'
import type { SimulatedWebhookEndpoint, WebhookEndpointRecord } from '../state'
import { isLoopbackUrl } from '../webhook-signature'

const enabledEventsParam = formArray(
  formString(100).regex(/^(\*|[a-z_]+(\.[a-z_]+)*(\.\*)?)$/, { error: (issue) => `Invalid event type: ${String(issue.input)}` }),
  250,
).refine((events) => events.length > 0, { error: 'At least one event type is required.' })

/** A URL the simulator can deliver to: it only sends webhooks to loopback addresses. */
const endpointUrlParam = formUrl().refine(isLoopbackUrl, {
  error: 'The simulator sends webhooks to loopback addresses only (localhost, 127.0.0.0/8, [::1]).',
})

const createSchema = z.object({
  url: endpointUrlParam,
  enabled_events: enabledEventsParam,
  description: formString(5000).optional(),
  metadata: formMetadata().optional(),
  api_version: formString(100).optional(),
})

const updateSchema = z.object({
  url: endpointUrlParam.optional(),
  enabled_events: enabledEventsParam.optional(),
  description: formString(5000).optional(),
  metadata: formMetadata().optional(),
  disabled: formBoolean().optional(),
})

const listSchema = z.object(paginationParams)

function getRecordOrThrow(request: ApiRequest): WebhookEndpointRecord {
  const id = pathParam(request, 'id')
  const record = request.account.webhookEndpoints.get(id)
  if (record === undefined) {
    throw resourceMissing('webhook_endpoint', id, 'webhook_endpoint')
  }

  return record
}

function createEndpoint(request: ApiRequest): object {
  const params = parseParams(createSchema, request.params)
  logUnsupportedParams(request, createSchema.shape, 'POST /v1/webhook_endpoints')

  const endpoint: SimulatedWebhookEndpoint = {
    id: createId('we_'),
    object: 'webhook_endpoint',
    api_version: params.api_version ?? null,
    application: null,
    created: nowSeconds(request.simulator),
    description: params.description ?? null,
    enabled_events: params.enabled_events,
    livemode: false,
    metadata: params.metadata ?? {},
    status: 'enabled',
    url: params.url,
  }
  const secret = createWebhookSecret()
  request.account.webhookEndpoints.set(endpoint.id, { endpoint, secret })
  request.simulator.onChange()
  request.simulator.logger.info({ requestId: request.requestInfo.id, endpointId: endpoint.id, url: endpoint.url }, 'webhook endpoint created')

  // Stripe returns the signing secret only in this response.
  return { ...endpoint, secret }
}

function updateEndpoint(request: ApiRequest): object {
  const params = parseParams(updateSchema, request.params)
  const { endpoint } = getRecordOrThrow(request)
  if (params.url !== undefined) {
    endpoint.url = params.url
  }
  if (params.enabled_events !== undefined) {
    endpoint.enabled_events = params.enabled_events
  }
  if (params.description !== undefined) {
    endpoint.description = params.description
  }
  if (params.metadata !== undefined) {
    endpoint.metadata = mergeMetadata(endpoint.metadata, params.metadata)
  }
  if (params.disabled !== undefined) {
    endpoint.status = params.disabled ? 'disabled' : 'enabled'
  }
  request.simulator.onChange()

  return endpoint
}

/** Stripe merges metadata on update, and an empty value removes its key. */
function mergeMetadata(current: Record<string, string>, update: Record<string, string>): Record<string, string> {
  const merged = { ...current, ...update }
  for (const [key, value] of Object.entries(update)) {
    if (value === '') {
      delete merged[key]
    }
  }

  return merged
}

export const webhookEndpointRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/webhook_endpoints', handle: createEndpoint },
  { method: 'GET', path: '/v1/webhook_endpoints/:id', handle: (request) => getRecordOrThrow(request).endpoint },
  { method: 'POST', path: '/v1/webhook_endpoints/:id', handle: updateEndpoint },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    handle: (request) => {
      const params = parseParams(listSchema, request.params)
      const endpoints = [...request.account.webhookEndpoints.values()].map((record) => record.endpoint)

      return paginate(endpoints, params, '/v1/webhook_endpoints')
    },
  },
  {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/:id',
    handle: (request) => {
      const { endpoint } = getRecordOrThrow(request)
      request.account.webhookEndpoints.delete(endpoint.id)
      request.simulator.onChange()
      request.simulator.logger.info({ requestId: request.requestInfo.id, endpointId: endpoint.id }, 'webhook endpoint deleted')

      return { id: endpoint.id, object: 'webhook_endpoint', deleted: true }
    },
  },
]

