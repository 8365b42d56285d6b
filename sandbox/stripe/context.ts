import type { Logger } from '@/lib/logger'

import type { SimulatorStore } from './state'
import type { WebhookDispatcher } from './webhook-delivery'

/** Dependencies shared by the routes, flows and test controls of one running simulator. */
export type SimulatorContext = {
  store: SimulatorStore
  dispatcher: WebhookDispatcher
  logger: Logger
  /** Base URL of this simulator, e.g. `http://127.0.0.1:4020`; hosted-page URLs start with it. */
  baseUrl: string
  /** API version stamped on events; the one the installed stripe-node pins. */
  apiVersion: string
  /** Current time in milliseconds; a test can pass its own clock to move past `expires_at`. */
  nowMs: () => number
  /** Called after every change to the store, so the state file (when configured) can be rewritten. */
  onChange: () => void
}

/** Identifies the API request behind an event; both ids are null for automatic events and test controls. */
export type RequestInfo = { id: string | null; idempotency_key: string | null }

export const AUTOMATIC_REQUEST: RequestInfo = { id: null, idempotency_key: null }

export function nowSeconds(context: SimulatorContext): number {
  return Math.floor(context.nowMs() / 1000)
}
