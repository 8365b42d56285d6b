import { createHash } from 'node:crypto'

/**
 * Computes the SHA-256 of a CatProxies key as 64 lowercase hex characters. Budget rows
 * are keyed by it, so the key itself is never stored, and two tenants sharing one key
 * share one budget.
 */
export function fingerprintApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex')
}
