/**
 * Normalizes a Host header for tenant lookup: lowercases, drops the port and a leading
 * "www.". Returns null for values that are not a plausible hostname, so a forged header
 * cannot match anything.
 */
export function normalizeHost(rawHost: string | null | undefined): string | null {
  if (!rawHost) return null

  let host = rawHost.trim().toLowerCase()
  if (host.startsWith('[')) return null

  host = host.replace(/:\d+$/, '')
  host = host.replace(/^www\./, '')
  host = host.replace(/\.$/, '')

  if (!/^[a-z0-9.-]{1,253}$/.test(host) || host.startsWith('.') || host.includes('..')) return null

  return host
}
