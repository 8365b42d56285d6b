import { PROXY_TYPES, type ProxyType } from '@/lib/catproxies/types'

/** Pricing unit of a package: `ip` multiplies the listed price by a quantity, `package` sells it whole. */
export type PricingUnit = 'ip' | 'package'

/** Choices the customer makes before checkout, beyond the package itself. */
export type ConfigurationKind = 'isp' | 'dedicated-isp' | 'datacenter' | 'unlimited-residential' | 'mobile' | 'package-only'

/** `per-ip` orders deliver one line per IP; `gateway` orders deliver one gateway login that a builder targets. */
export type CredentialKind = 'per-ip' | 'gateway'

export type ProductFamily = {
  proxyType: ProxyType
  /** Section heading on the storefront, e.g. "Static ISP proxies". */
  heading: string
  /** Short name used in filters and order summaries. */
  label: string
  /** One plain sentence on what the customer gets. */
  summary: string
  pricingUnit: PricingUnit
  configurationKind: ConfigurationKind
  credentialKind: CredentialKind
}

/**
 * The storefront's view of each CatProxies product type, in display order. The upstream
 * `proxyType` spellings appear only here and in the CatProxies adapter, so a spelling
 * correction touches these two places.
 */
export const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  {
    proxyType: 'Isp',
    heading: 'Static ISP proxies',
    label: 'Static ISP',
    summary: 'IPs hosted at internet providers: datacenter speed with the reputation of a home connection. Priced per IP.',
    pricingUnit: 'ip',
    configurationKind: 'isp',
    credentialKind: 'per-ip',
  },
  {
    proxyType: 'IspP',
    heading: 'Dedicated ISP proxies',
    label: 'Dedicated ISP',
    summary: 'Static ISP IPs that nobody else uses at the same time. Priced per IP.',
    pricingUnit: 'ip',
    configurationKind: 'dedicated-isp',
    credentialKind: 'per-ip',
  },
  {
    proxyType: 'gResidential',
    heading: 'Standard Residential proxies',
    label: 'Standard Residential',
    summary: 'Traffic through home connections worldwide, rotating or sticky, targeted by country, US state and city. Priced per traffic package.',
    pricingUnit: 'package',
    configurationKind: 'package-only',
    credentialKind: 'gateway',
  },
  {
    proxyType: 'resix',
    heading: 'Premium Residential proxies',
    label: 'Premium Residential',
    summary: 'A higher-grade residential pool for demanding targets. Priced per traffic package.',
    pricingUnit: 'package',
    configurationKind: 'package-only',
    credentialKind: 'gateway',
  },
  {
    proxyType: 'UnlimitedResidential',
    heading: 'Unlimited Residential proxies',
    label: 'Unlimited Residential',
    summary: 'Unmetered residential traffic for a number of days through the gateway server you choose.',
    pricingUnit: 'package',
    configurationKind: 'unlimited-residential',
    credentialKind: 'gateway',
  },
  {
    proxyType: 'DatacenterP',
    heading: 'Datacenter proxies',
    label: 'Datacenter',
    summary: 'Fast shared datacenter IPs, split across the countries you choose. Priced per package of IPs.',
    pricingUnit: 'package',
    configurationKind: 'datacenter',
    credentialKind: 'per-ip',
  },
  {
    proxyType: 'Ipv6p',
    heading: 'IPv6 proxies',
    label: 'IPv6',
    summary: 'IPv6 addresses with unlimited traffic at a fixed speed. Priced per package.',
    pricingUnit: 'package',
    configurationKind: 'package-only',
    credentialKind: 'per-ip',
  },
  {
    proxyType: 'RotatingMobile',
    heading: 'Rotating Mobile proxies',
    label: 'Rotating Mobile',
    summary: 'IPs of mobile carriers, targeted by country, region, city and carrier. Priced per traffic package.',
    pricingUnit: 'package',
    configurationKind: 'mobile',
    credentialKind: 'gateway',
  },
]

const FAMILY_BY_TYPE = new Map(PRODUCT_FAMILIES.map((family) => [family.proxyType, family]))

/** Returns the family of a proxy type. Every ProxyType has one, so the result is never undefined. */
export function getProductFamily(proxyType: ProxyType): ProductFamily {
  const family = FAMILY_BY_TYPE.get(proxyType)
  if (!family) throw new RangeError(`No product family for proxy type ${proxyType}`)

  return family
}

/** Narrows text (a query parameter, a stored column) to a ProxyType, or null when it is not one. */
export function parseProxyType(value: unknown): ProxyType | null {
  return PROXY_TYPES.find((proxyType) => proxyType === value) ?? null
}

/** Returns the family label for a stored proxyType, e.g. "Datacenter" for "DatacenterP", or the raw value when unknown. */
export function describeProxyType(value: string): string {
  const proxyType = parseProxyType(value)

  return proxyType === null ? value : getProductFamily(proxyType).label
}
