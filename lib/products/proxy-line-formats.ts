/** One proxy endpoint to print. Username and password are null for IP-whitelisted access. */
export type ProxyEndpoint = {
  host: string
  port: number
  username: string | null
  password: string | null
}

/** The line formats proxy tools import, keyed by a stable id used in URLs and forms. */
export const PROXY_LINE_FORMATS = ['ip-port-user-pass', 'user-pass-at-ip-port', 'url'] as const

export type ProxyLineFormat = (typeof PROXY_LINE_FORMATS)[number]

export const PROXY_LINE_FORMAT_LABELS: Record<ProxyLineFormat, string> = {
  'ip-port-user-pass': 'ip:port:user:pass',
  'user-pass-at-ip-port': 'user:pass@ip:port',
  url: 'http://user:pass@ip:port',
}

/**
 * Formats one endpoint. IPv6 hosts are bracketed in every format, so the port stays
 * readable. The URL format percent-encodes the username and password, because a URL's
 * user info may not contain ":", "@" or "/". The two plain formats keep them as issued.
 * `scheme` applies to the URL format only ("http" or "socks5h").
 */
export function formatProxyLine(endpoint: ProxyEndpoint, format: ProxyLineFormat, scheme = 'http'): string {
  const address = `${bracketIpv6(endpoint.host)}:${endpoint.port}`
  const { username, password } = endpoint
  if (username === null) return format === 'url' ? `${scheme}://${address}` : address

  switch (format) {
    case 'ip-port-user-pass':
      return `${address}:${username}:${password ?? ''}`
    case 'user-pass-at-ip-port':
      return `${username}:${password ?? ''}@${address}`
    case 'url':
      return `${scheme}://${encodeURIComponent(username)}:${encodeURIComponent(password ?? '')}@${address}`
  }
}

export function formatProxyLines(endpoints: ProxyEndpoint[], format: ProxyLineFormat): string[] {
  return endpoints.map((endpoint) => formatProxyLine(endpoint, format))
}

function bracketIpv6(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}
