import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'

import { logger as defaultLogger } from '@/lib/logger'
import type { Logger } from '@/lib/logger'

import { handleApiRequest } from './api-handler'
import type { SimulatorContext } from './context'
import { recordDelivered } from './events'
import { sendHtml } from './http-io'
import { handleHostedPageRequest } from './hosted-page/handler'
import { renderMessagePage } from './hosted-page/layout'
import { loadState, rewriteHostedPageUrls, StateFileWriter } from './persistence'
import { createTestControls } from './test-controls'
import type { StripeSimulatorControls } from './test-controls'
import { SimulatorStore } from './state'
import { WebhookDispatcher } from './webhook-delivery'
import { isLoopbackUrl } from './webhook-signature'

export type StripeSimulatorOptions = {
  /** 0 (the default) picks a free port. */
  port?: number
  /** A loopback address, '127.0.0.1' by default. */
  host?: string
  logger?: Logger
  /** Wait in milliseconds before each webhook retry after a failed delivery. The default [1000, 5000, 15000] makes 4 attempts in all. */
  webhookRetryDelaysMs?: number[]
  /** Time in milliseconds one webhook POST may take before it counts as failed, 10 s by default. */
  webhookTimeoutMs?: number
  /** When set, accounts, sessions, payments and endpoints are saved to this JSON file and loaded at start. */
  stateFile?: string
  /** Clock in milliseconds (Date.now by default), for tests that move past `expires_at`. */
  now?: () => number
  /** Interval in milliseconds at which open sessions past `expires_at` are expired, 30 s by default. */
  expirySweepIntervalMs?: number
}

export type StripeSimulator = StripeSimulatorControls & {
  /** Base URL such as `http://127.0.0.1:4020`, to pass as `apiBaseUrl` to createStripeClient. */
  url: string
  /** Stops the server and every pending webhook retry, and writes the state file one last time. */
  close(): Promise<void>
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 15000]

/**
 * Starts a Stripe API simulator that the real stripe-node SDK can talk to: Checkout Sessions, a hosted
 * payment page, PaymentIntents, Charges, Refunds, webhook endpoints and signed webhook deliveries.
 * It listens on loopback only and sends webhooks to loopback URLs only. Throws if `host` is not a
 * loopback address or the port is taken.
 */
export async function startStripeSimulator(options: StripeSimulatorOptions = {}): Promise<StripeSimulator> {
  const host = options.host ?? '127.0.0.1'
  const hostInUrl = host.includes(':') ? `[${host}]` : host
  if (!isLoopbackUrl(`http://${hostInUrl}/`)) {
    throw new Error(`The Stripe simulator listens on loopback addresses only, not on ${host}. Use 127.0.0.1.`)
  }

  const logger = (options.logger ?? defaultLogger).child({ module: 'stripe-simulator' })
  const store = new SimulatorStore()
  if (options.stateFile !== undefined) {
    loadState(store, options.stateFile)
  }
  const stateWriter = new StateFileWriter(store, options.stateFile)
  const dispatcher = new WebhookDispatcher({
    retryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    requestTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    logger,
    resolveEndpoint: (endpointId) => {
      const record = store.findWebhookEndpoint(endpointId)

      return record?.endpoint.status === 'enabled' ? { url: record.endpoint.url, secret: record.secret } : null
    },
    onDelivered: (job) => {
      if (recordDelivered(store, job)) {
        stateWriter.scheduleSave()
      }
    },
  })
  const context: SimulatorContext = {
    store,
    dispatcher,
    logger,
    // Set once the server listens and the port is known, before any request can arrive.
    baseUrl: '',
    apiVersion: Stripe.API_VERSION,
    nowMs: options.now ?? Date.now,
    onChange: () => stateWriter.scheduleSave(),
  }

  const server = createServer((request, response) => {
    routeRequest(context, request, response).catch((error: unknown) => {
      logger.error({ err: error, method: request.method, url: request.url }, 'stripe simulator request failed')
      if (response.headersSent) {
        response.destroy()

        return
      }
      const message = 'The simulator could not handle this request. Its log has the details.'
      sendHtml(response, 500, renderMessagePage({ title: 'Something went wrong', message }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  context.baseUrl = `http://${hostInUrl}:${port}`
  rewriteHostedPageUrls(store, context.baseUrl)

  const controls = createTestControls(context)
  const sweep = setInterval(() => controls.expireDueSessions(), options.expirySweepIntervalMs ?? 30_000)
  sweep.unref()
  logger.info({ url: context.baseUrl, stateFile: options.stateFile }, 'stripe simulator started')

  return {
    ...controls,
    url: context.baseUrl,
    close: async () => {
      clearInterval(sweep)
      dispatcher.close()
      stateWriter.close()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // stripe-node keeps connections alive, so close them to let server.close finish.
        server.closeAllConnections()
      })
      logger.info({ url: context.baseUrl }, 'stripe simulator stopped')
    },
  }
}

async function routeRequest(context: SimulatorContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', context.baseUrl)
  if (url.pathname.startsWith('/v1/')) {
    await handleApiRequest(context, request, response, url)

    return
  }
  if (url.pathname.startsWith('/checkout/')) {
    await handleHostedPageRequest(context, request, response, url.pathname)

    return
  }

  sendHtml(response, 404, renderMessagePage({ title: 'Page not found', message: 'The Stripe simulator serves the API under /v1 and hosted checkout pages under /checkout.' }))
}
