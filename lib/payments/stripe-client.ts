import Stripe from 'stripe'

export type CreateStripeClientInput = {
  secretKey: string
  /**
   * Base URL of a Stripe-compatible API such as the sandbox simulator (`http://127.0.0.1:4020`).
   * Undefined or empty means the real Stripe API.
   */
  apiBaseUrl?: string | undefined
}

/**
 * Retries after a failed request. stripe-node sends an Idempotency-Key with every POST, so a retried
 * create cannot create or charge twice. It retries only connection errors, 409s and 5xx (stripe-node 23).
 */
const MAX_NETWORK_RETRIES = 2

/** Timeout of each attempt in milliseconds. stripe-node's default of 80 s would hold a checkout request far too long. */
const REQUEST_TIMEOUT_MS = 20_000

/**
 * Creates a stripe-node client for one secret key. With `apiBaseUrl`, it sends every request to that
 * host, port and protocol instead of api.stripe.com. The SDK adds the `/v1/…` path itself, so the URL
 * must have no path. Throws an Error when the key is empty or the URL is not http(s) with only a host and port.
 */
export function createStripeClient({ secretKey, apiBaseUrl }: CreateStripeClientInput): Stripe {
  if (secretKey.trim() === '') {
    throw new Error('Stripe secret key is empty: pass the account secret key (sk_test_… or sk_live_…)')
  }

  const baseConfig = { maxNetworkRetries: MAX_NETWORK_RETRIES, timeout: REQUEST_TIMEOUT_MS }
  if (apiBaseUrl === undefined || apiBaseUrl === '') {
    return new Stripe(secretKey, baseConfig)
  }

  return new Stripe(secretKey, { ...baseConfig, ...parseApiBaseUrl(apiBaseUrl) })
}

function parseApiBaseUrl(apiBaseUrl: string): { host: string; port: number; protocol: 'http' | 'https' } {
  let url: URL
  try {
    url = new URL(apiBaseUrl)
  } catch {
    throw new Error(`Invalid Stripe API base URL ${JSON.stringify(apiBaseUrl)}: expected e.g. http://127.0.0.1:4020`)
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Invalid Stripe API base URL ${JSON.stringify(apiBaseUrl)}: the protocol must be http or https`)
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(`Invalid Stripe API base URL ${JSON.stringify(apiBaseUrl)}: remove the path, query and fragment, e.g. http://127.0.0.1:4020`)
  }

  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  const defaultPort = protocol === 'http' ? 80 : 443

  return {
    // URL keeps the brackets of an IPv6 literal, which node:http does not accept as a host.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? defaultPort : Number(url.port),
    protocol,
  }
}
