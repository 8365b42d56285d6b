import { createHmac } from 'node:crypto'

/**
 * Builds a `Stripe-Signature` header value exactly as Stripe does: `t=<unix seconds>,v1=<hex>`, where the
 * hex is HMAC-SHA256 of `<t>.<raw body>` keyed with the endpoint's whole `whsec_…` secret as UTF-8 bytes.
 * stripe-node's `webhooks.constructEvent` splits the header on bare commas, so no spaces are added.
 */
export function signWebhookPayload(payload: string, secret: string, timestampSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${timestampSeconds}.${payload}`, 'utf8').digest('hex')

  return `t=${timestampSeconds},v1=${signature}`
}

/** True for URLs whose host is a loopback address, the only destinations the simulator sends webhooks to. */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string
  try {
    hostname = new URL(url).hostname
  } catch {
    return false
  }

  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}
