import type { OrderCredentials, ProxyType } from '@/lib/catproxies/types'
import { GATEWAY_PROFILES, type GatewayPort, type GatewayProfile } from '@/lib/products/gateway-profiles'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'
import { buildMobileUsername } from '@/lib/products/mobile-username'
import type { ProxyEndpoint } from '@/lib/products/proxy-line-formats'
import { buildResidentialUsername } from '@/lib/products/residential-username'
import type { StoredConfiguration } from '@/lib/products/stored-configuration'

/** Targeting chosen at checkout, used to prefill the proxy-string builder. */
export type PresetTargeting = {
  country: TargetingChoiceOption | null
  region: TargetingChoiceOption | null
  city: TargetingChoiceOption | null
}

/** A gateway login that the customer targets by building usernames. */
export type GatewayCredentials = {
  usernameGrammar: GatewayProfile['usernameGrammar']
  usernameType: string
  host: string
  /** The order's HTTP port first, then any other port of the same host. */
  ports: GatewayPort[]
  baseUsername: string
  password: string
  isGrammarConfirmed: boolean
  preset: PresetTargeting | null
}

/** An order's credentials as shown to its customer, password included by design. */
export type CredentialsView = {
  /** Ready lines: one per IP, or for a gateway the default (rotating) login. */
  lines: ProxyEndpoint[]
  gateway: GatewayCredentials | null
}

export type BuildCredentialsViewInput = {
  proxyType: ProxyType | null
  credentials: OrderCredentials
  configuration: StoredConfiguration | null
}

/**
 * Turns delivered credentials into lines and, for gateway products (residential and
 * mobile), the base login that the builder adds targeting to. A gateway order without a
 * host, port or username falls back to its raw lines, so nothing delivered is hidden.
 */
export function buildCredentialsView({ proxyType, credentials, configuration }: BuildCredentialsViewInput): CredentialsView {
  const rawLines = credentials.proxies.map((proxy) => ({
    host: proxy.host,
    port: proxy.port,
    username: proxy.username ?? credentials.username,
    password: proxy.password ?? credentials.password,
  }))
  const profile = proxyType === null ? undefined : GATEWAY_PROFILES[proxyType]
  const first = rawLines[0]
  const host = first?.host ?? profile?.defaultHost ?? null
  const port = first?.port ?? profile?.defaultHttpPort ?? null
  const baseUsername = first?.username ?? credentials.username
  if (!profile || host === null || port === null || !baseUsername) return { lines: rawLines, gateway: null }

  const preset = configuration?.proxyType === 'RotatingMobile' ? pickPreset(configuration.targeting) : null
  const gateway: GatewayCredentials = {
    usernameGrammar: profile.usernameGrammar,
    usernameType: profile.usernameType,
    host,
    ports: [{ protocol: 'http', port }, ...profile.extraPorts.filter((extra) => extra.port !== port)],
    baseUsername,
    password: first?.password ?? credentials.password ?? '',
    isGrammarConfirmed: profile.isGrammarConfirmed,
    preset,
  }

  return { lines: [{ host, port, username: buildDefaultUsername(gateway), password: gateway.password }], gateway }
}

/** Builds the rotating username with the checkout targeting, or returns the base login when the preset cannot be encoded. */
export function buildDefaultUsername(gateway: GatewayCredentials): string {
  const result = gateway.usernameGrammar === 'mobile'
    ? buildMobileUsername(gateway.baseUsername, { countryCode: gateway.preset?.country?.code ?? null, city: gateway.preset?.city?.name ?? null, session: null })
    : buildResidentialUsername(gateway.baseUsername, { countryCode: null, usState: null, city: null, session: null }, gateway.usernameType)

  return result.isValid ? result.value : gateway.baseUsername
}

function pickPreset({ country, region, city }: PresetTargeting): PresetTargeting {
  return { country, region, city }
}
