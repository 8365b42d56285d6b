import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { GatewayCredentials } from '@/lib/products/credentials-view'
import { buildCurlCommand } from '@/lib/products/curl-command'
import type { GatewayProtocol } from '@/lib/products/gateway-profiles'
import { buildMobileUsername } from '@/lib/products/mobile-username'
import { formatProxyLine, type ProxyEndpoint, type ProxyLineFormat } from '@/lib/products/proxy-line-formats'
import { buildResidentialUsername } from '@/lib/products/residential-username'

export const MAX_STICKY_LINES = 100

export type GatewayLinesRequest = {
  gateway: GatewayCredentials
  protocol: GatewayProtocol
  countryCode: string | null
  /** Residential only, and only with country "us". */
  usState: string | null
  city: string | null
  /** Null for a rotating login; otherwise `count` sessions named `<sessionId>`, `<sessionId>2`, … */
  sticky: { sessionId: string; lifetimeMinutes: number; count: number } | null
  format: ProxyLineFormat
}

export type GatewayLines = {
  endpoints: ProxyEndpoint[]
  lines: string[]
  /** A command that tests the first line. */
  curlCommand: string
}

/**
 * Builds ready proxy strings for a gateway login: the username carries the targeting and
 * the session in the grammar of the product, on the port of the chosen protocol. A
 * failure names the field (protocol, countryCode, usState, city, sessionId,
 * lifetimeMinutes or count).
 */
export function buildGatewayLines(request: GatewayLinesRequest): ConfigurationResult<GatewayLines> {
  const { gateway, protocol, sticky } = request
  const port = gateway.ports.find((candidate) => candidate.protocol === protocol)?.port
  if (port === undefined) return rejectField('protocol', `This gateway does not offer ${protocol.toUpperCase()}.`)
  if (sticky !== null && (!Number.isInteger(sticky.count) || sticky.count < 1 || sticky.count > MAX_STICKY_LINES)) {
    return rejectField('count', `Number of sessions must be a whole number from 1 to ${MAX_STICKY_LINES}.`)
  }

  const sessionIds = sticky === null ? [null] : Array.from({ length: sticky.count }, (_, index) => (index === 0 ? sticky.sessionId : `${sticky.sessionId}${index + 1}`))
  const endpoints: ProxyEndpoint[] = []
  for (const sessionId of sessionIds) {
    const session = sticky === null || sessionId === null ? null : { id: sessionId, lifetimeMinutes: sticky.lifetimeMinutes }
    const username = gateway.usernameGrammar === 'mobile'
      ? buildMobileUsername(gateway.baseUsername, { countryCode: request.countryCode, city: request.city, session })
      : buildResidentialUsername(gateway.baseUsername, { countryCode: request.countryCode, usState: request.usState, city: request.city, session }, gateway.usernameType)
    if (!username.isValid) return username
    endpoints.push({ host: gateway.host, port, username: username.value, password: gateway.password })
  }

  const scheme = protocol === 'socks5' ? 'socks5' : 'http'
  const [first] = endpoints as [ProxyEndpoint, ...ProxyEndpoint[]]

  return {
    isValid: true,
    value: {
      endpoints,
      lines: endpoints.map((endpoint) => formatProxyLine(endpoint, request.format, scheme)),
      curlCommand: buildCurlCommand(first, protocol),
    },
  }
}
