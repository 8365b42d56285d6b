import { signWebhookPayload } from './webhook-signature'

export type WebhookPostResult = { statusCode: number | null; error: string | null }

/**
 * POSTs one signed event to an endpoint, signing at send time as Stripe does, so a retry carries a new `t`.
 * Never throws: a connection error, timeout or abort comes back as `statusCode: null` with the error text.
 */
export async function postSignedWebhook(input: {
  url: string
  secret: string
  payload: string
  timeoutMs: number
  signal: AbortSignal
}): Promise<WebhookPostResult> {
  try {
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signWebhookPayload(input.payload, input.secret, Math.floor(Date.now() / 1000)),
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: input.payload,
      // Stripe counts a redirect as a failed delivery instead of following it.
      redirect: 'manual',
      signal: AbortSignal.any([input.signal, AbortSignal.timeout(input.timeoutMs)]),
    })
    await response.body?.cancel()

    return { statusCode: response.status, error: response.ok ? null : `endpoint returned HTTP ${response.status}` }
  } catch (error) {
    return { statusCode: null, error: describeFetchError(error) }
  }
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error)
  }
  const cause = error.cause
  if (cause instanceof Error && 'code' in cause) {
    return `${error.message}: ${String(cause.code)}`
  }

  return error.message
}
