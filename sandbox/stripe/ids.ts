import { randomBytes } from 'node:crypto'

const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Default length of the random part of an object id, as in `pi_3MtwBwLkdIwHu7ix28a3tqPa`. */
const ID_RANDOM_LENGTH = 24

/**
 * Creates a Stripe-style object id: the prefix followed by random base62 characters.
 * The prefixes (`cs_test_`, `pi_`, `ch_`, `re_`, `evt_`, `we_`, `req_`) are the ones Stripe uses,
 * because application code and logs often recognise objects by them.
 */
export function createId(prefix: string, randomLength = ID_RANDOM_LENGTH): string {
  const bytes = randomBytes(randomLength)
  let suffix = ''
  for (const byte of bytes) {
    // 256 is not a multiple of 62, so the modulo favours the first 8 characters slightly.
    // That bias does not matter for test ids.
    suffix += BASE62_ALPHABET[byte % BASE62_ALPHABET.length]
  }

  return `${prefix}${suffix}`
}

/** Creates a Checkout Session id, which Stripe makes longer than other ids. */
export function createCheckoutSessionId(): string {
  return createId('cs_test_', 58)
}

/** Creates a webhook signing secret in Stripe's `whsec_` format. */
export function createWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`
}
