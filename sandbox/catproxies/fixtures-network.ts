import type { ProxyType } from '@/lib/catproxies/types'

/**
 * Gateways, gateway servers and datacenter stock served by the simulator. Residential and
 * mobile hosts and ports are the ones third-party clients use against the live service;
 * the others are plausible stand-ins. Simulated orders only name these hosts: the
 * simulator never connects to them.
 */

export type Gateway = { host: string; port: number; usageGbPerHour: number }

export const GATEWAYS: Record<ProxyType, Gateway> = {
  Isp: { host: 'isp.catproxies.com', port: 8080, usageGbPerHour: 0.1 },
  IspP: { host: 'isp.catproxies.com', port: 8080, usageGbPerHour: 0.1 },
  gResidential: { host: 'resi-us.catproxies.com', port: 9000, usageGbPerHour: 0.05 },
  resix: { host: 'resix.catproxies.com', port: 6011, usageGbPerHour: 0.05 },
  UnlimitedResidential: { host: 'unlimited.catproxies.com', port: 8080, usageGbPerHour: 0.5 },
  DatacenterP: { host: 'dc.catproxies.com', port: 1338, usageGbPerHour: 0.2 },
  Ipv6p: { host: 'ipv6.catproxies.com', port: 1338, usageGbPerHour: 0.2 },
  RotatingMobile: { host: 'mobile-us.catproxies.com', port: 5000, usageGbPerHour: 0.03 },
}

/** Gateway servers for Unlimited Residential; an order names one by `gateway_server` id. */
export const GATEWAY_SERVERS = [
  { id: 1, name: 'US East', host: 'unlimited-us-east.catproxies.com', country: 'US' },
  { id: 2, name: 'US West', host: 'unlimited-us-west.catproxies.com', country: 'US' },
  { id: 3, name: 'Frankfurt', host: 'unlimited-de.catproxies.com', country: 'DE' },
  { id: 4, name: 'Singapore', host: 'unlimited-sg.catproxies.com', country: 'SG' },
] as const

/** Datacenter IPs available per country at simulator start; orders draw them down. */
export const DATACENTER_COUNTRIES: { code: string; name: string; available: number }[] = [
  { code: 'US', name: 'United States', available: 2000 },
  { code: 'DE', name: 'Germany', available: 800 },
  { code: 'GB', name: 'United Kingdom', available: 600 },
  { code: 'NL', name: 'Netherlands', available: 400 },
  { code: 'FR', name: 'France', available: 150 },
  { code: 'JP', name: 'Japan', available: 40 },
]
