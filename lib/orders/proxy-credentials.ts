import type { OrderCredentials } from '@/lib/catproxies/types'
import { decryptSecret, encryptSecret } from '@/lib/crypto/secret-box'

/** Seals delivered credentials for the orders table; passwords never rest in plaintext. */
export function sealCredentials(credentials: OrderCredentials): string {
  return encryptSecret(JSON.stringify(credentials))
}

export function openCredentials(ciphertext: string): OrderCredentials {
  return JSON.parse(decryptSecret(ciphertext)) as OrderCredentials
}

/**
 * Formats credentials as `host:port:user:pass` lines, the form most proxy tools import.
 * Lines without a username (IP-whitelisted access) are `host:port`.
 */
export function formatCredentialLines(credentials: OrderCredentials): string[] {
  return credentials.proxies.map((proxy) => {
    const username = proxy.username ?? credentials.username
    const password = proxy.password ?? credentials.password
    if (!username) return `${proxy.host}:${proxy.port}`

    return `${proxy.host}:${proxy.port}:${username}:${password ?? ''}`
  })
}
