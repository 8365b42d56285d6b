import type { ProxyType } from '@/lib/catproxies/types'

export type GatewayProtocol = 'http' | 'socks5'

export type GatewayPort = { protocol: GatewayProtocol; port: number }

/** Address and username grammar of a gateway product's gateway. */
export type GatewayProfile = {
  usernameGrammar: 'residential' | 'mobile'
  /** The `-type-` token of residential usernames. */
  usernameType: string
  /** Host to use when the order does not name one. */
  defaultHost: string | null
  /** HTTP port to use when the order does not name one. */
  defaultHttpPort: number | null
  /** Extra ports on the same host, beside the order's HTTP port. */
  extraPorts: GatewayPort[]
  /** True when the targeting grammar is confirmed for this type, not assumed from another. */
  isGrammarConfirmed: boolean
}

/**
 * Gateway facts per product type, from third-party clients of the live service: the
 * Standard Residential gateway `resi-us.catproxies.com` accepts HTTP on 9000 and SOCKS5
 * on 11000, and Rotating Mobile `mobile-us.catproxies.com` accepts HTTP on 5000.
 * NOTE: Premium and Unlimited Residential hosts and username grammar are not recorded
 * anywhere; they use the order's host and port and the standard residential grammar.
 */
export const GATEWAY_PROFILES: Partial<Record<ProxyType, GatewayProfile>> = {
  gResidential: {
    usernameGrammar: 'residential',
    usernameType: 'residential',
    defaultHost: 'resi-us.catproxies.com',
    defaultHttpPort: 9000,
    extraPorts: [{ protocol: 'socks5', port: 11000 }],
    isGrammarConfirmed: true,
  },
  resix: {
    usernameGrammar: 'residential',
    usernameType: 'residential',
    defaultHost: null,
    defaultHttpPort: 6011,
    extraPorts: [],
    isGrammarConfirmed: false,
  },
  UnlimitedResidential: {
    usernameGrammar: 'residential',
    usernameType: 'residential',
    defaultHost: null,
    defaultHttpPort: 8080,
    extraPorts: [],
    isGrammarConfirmed: false,
  },
  RotatingMobile: {
    usernameGrammar: 'mobile',
    usernameType: 'mobile',
    defaultHost: 'mobile-us.catproxies.com',
    defaultHttpPort: 5000,
    extraPorts: [],
    isGrammarConfirmed: true,
  },
}
