import type { OrderCredentials } from '@/lib/catproxies/types'
import { decryptSecret, encryptSecret } from '@/lib/crypto/secret-box'

/**
 * Seals delivered credentials for the orders table; passwords never rest in plaintext.
 * Formatting for customers lives in `lib/products/proxy-line-formats.ts`.
 */
export function sealCredentials(credentials: OrderCredentials): string {
  return encryptSecret(JSON.stringify(credentials))
}

export function openCredentials(ciphertext: string): OrderCredentials {
  return JSON.parse(decryptSecret(ciphertext)) as OrderCredentials
}
