import type { GatewayProtocol } from '@/lib/products/gateway-profiles'
import type { ProxyEndpoint } from '@/lib/products/proxy-line-formats'

/** The page the test command fetches; it replies with the caller's public IP, so the exit IP shows. */
export const CURL_TEST_URL = 'https://api.ipify.org'

/**
 * Builds a `curl` command that fetches CURL_TEST_URL through the proxy. Credentials go in
 * `--proxy-user` so they need no URL encoding, and every argument is single-quoted for
 * POSIX shells. SOCKS5 uses `socks5h` so the proxy also resolves the hostname. The
 * command is text for the customer; the storefront never runs it.
 */
export function buildCurlCommand(endpoint: ProxyEndpoint, protocol: GatewayProtocol = 'http'): string {
  const scheme = protocol === 'socks5' ? 'socks5h' : 'http'
  const host = endpoint.host.includes(':') && !endpoint.host.startsWith('[') ? `[${endpoint.host}]` : endpoint.host
  const parts = ['curl', '--proxy', quoteShell(`${scheme}://${host}:${endpoint.port}`)]
  if (endpoint.username !== null) parts.push('--proxy-user', quoteShell(`${endpoint.username}:${endpoint.password ?? ''}`))
  parts.push(CURL_TEST_URL)

  return parts.join(' ')
}

function quoteShell(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}
