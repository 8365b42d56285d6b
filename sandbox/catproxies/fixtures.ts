import type { ProxyType } from '@/lib/catproxies/types'

/**
 * The simulator's catalogue. Packages are written the way upstream sends them: prices are
 * decimal strings or JSON numbers in US dollars, and `resellerPrice` is per IP for Isp and
 * IspP but per package for every other type.
 */

/** The sandbox's demo reseller key. It follows the documented format: "cp_" plus 64 hex digits. */
export const DEMO_RESELLER_API_KEY = 'cp_dfd2f5284178149fcd3101891637bad221b1499784a87a7a4da9584637c995ca'

export type SimLocation = { id: number; name: string; code: string }

export type SimPackage = {
  id: string
  proxyType: ProxyType
  title: string
  description: string
  resellerPrice: string | number
  minQty?: number
  maxQty?: number
  locations?: SimLocation[]
  ips?: number
  days?: number
  /** Traffic in GB; 0 means unlimited (Ipv6p). Absent for products sold by days only. */
  bandwidth?: number
  speed?: number
  hidden?: boolean
  region?: string
}

/** Deterministic UUID v4-shaped ids, so tests and bookmarks survive a restart. */
export function fixtureId(group: number, index: number): string {
  return `0c47${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`
}

const US: SimLocation = { id: 1, name: 'United States', code: 'US' }
const GB: SimLocation = { id: 2, name: 'United Kingdom', code: 'GB' }
const DE: SimLocation = { id: 3, name: 'Germany', code: 'DE' }
const NL: SimLocation = { id: 4, name: 'Netherlands', code: 'NL' }
const FR: SimLocation = { id: 5, name: 'France', code: 'FR' }
const JP: SimLocation = { id: 6, name: 'Japan', code: 'JP' }
const CA: SimLocation = { id: 7, name: 'Canada', code: 'CA' }

const ISP_PLANS: [string, string | number, SimLocation[], number][] = [
  ['Static ISP - United States', '2.5', [US], 250],
  ['Static ISP - United Kingdom', 2.75, [GB], 100],
  ['Static ISP - Germany', '2.9', [DE], 100],
  ['Static ISP - Netherlands', 2.6, [NL], 100],
  ['Static ISP - France', '3', [FR], 50],
  ['Static ISP - Japan', '3.5', [JP], 50],
  ['Static ISP - Canada', 2.8, [CA], 100],
  ['Static ISP - Europe Mix', '2.95', [DE, NL, FR, GB], 200],
  ['Static ISP - North America', '2.55', [US, CA], 250],
  ['Static ISP - Global', 3.25, [US, GB, DE, JP], 150],
  ['Static ISP - US Premium', '4.25', [US], 25],
  ['Static ISP - Legacy US', '2.2', [US], 10],
]

const ispPackages: SimPackage[] = ISP_PLANS.map(([title, resellerPrice, locations, maxQty], index) => ({
  id: fixtureId(1, index + 1),
  proxyType: 'Isp',
  title,
  description: `Static residential ISP IPs in ${locations.map((location) => location.name).join(', ')}, 30 days per IP.`,
  resellerPrice,
  minQty: 1,
  maxQty,
  locations,
  days: 30,
  speed: 1000,
  // The legacy plan is hidden: upstream can return hidden products, and they stay orderable.
  hidden: title.includes('Legacy'),
}))

const DEDICATED_ISP_PLANS: [string, string | number, number, number][] = [
  ['Dedicated ISP - United States', '3.9', 1, 100],
  ['Dedicated ISP - Europe', 4.1, 5, 100],
  ['Dedicated ISP - Bulk', '3.4', 25, 500],
]

const dedicatedIspPackages: SimPackage[] = DEDICATED_ISP_PLANS.map(([title, resellerPrice, minQty, maxQty], index) => ({
  id: fixtureId(2, index + 1),
  proxyType: 'IspP',
  title,
  description: 'Dedicated ISP IPs used by nobody else, 30 days per IP.',
  resellerPrice,
  minQty,
  maxQty,
  days: 30,
  speed: 1000,
}))

function bandwidthPackages(group: number, proxyType: ProxyType, name: string, plans: [number, string | number][]): SimPackage[] {
  return plans.map(([bandwidth, resellerPrice], index) => ({
    id: fixtureId(group, index + 1),
    proxyType,
    title: `${name} ${bandwidth} GB`,
    description: `${bandwidth} GB of ${name.toLowerCase()} traffic, rotating or sticky sessions.`,
    resellerPrice,
    bandwidth,
  }))
}

const residentialPackages = bandwidthPackages(3, 'gResidential', 'Standard Residential', [
  [1, '1.75'], [5, 8.25], [10, '15.5'], [50, '72'],
])
const premiumResidentialPackages = bandwidthPackages(4, 'resix', 'Premium Residential', [
  [1, '2.95'], [10, '27.5'], [25, 65],
])
const mobilePackages = bandwidthPackages(8, 'RotatingMobile', 'Rotating Mobile', [
  [1, '4.5'], [5, '21'], [10, 40.5],
])

const UNLIMITED_PLANS: [number, number, string | number][] = [[1, 100, '9.99'], [7, 200, '49'], [30, 500, '169.5']]

const unlimitedPackages: SimPackage[] = UNLIMITED_PLANS.map(([days, speed, resellerPrice], index) => ({
  id: fixtureId(5, index + 1),
  proxyType: 'UnlimitedResidential',
  title: `Unlimited Residential ${days} day${days === 1 ? '' : 's'}`,
  description: `Unmetered residential traffic at up to ${speed} Mbps through one gateway server.`,
  resellerPrice,
  days,
  speed,
  bandwidth: 0,
}))

const DATACENTER_PLANS: [number, string | number][] = [[10, '6.5'], [25, '15'], [50, 27.5], [100, '50']]

const datacenterPackages: SimPackage[] = DATACENTER_PLANS.map(([ips, resellerPrice], index) => ({
  id: fixtureId(6, index + 1),
  proxyType: 'DatacenterP',
  title: `Datacenter ${ips} IPs`,
  description: `${ips} shared datacenter IPs for 30 days, split across countries as you choose.`,
  resellerPrice,
  ips,
  days: 30,
  bandwidth: 0,
  speed: 1000,
}))

const IPV6_PLANS: [number, number, string | number][] = [[100, 30, '12'], [500, 30, 39.9], [1000, 30, '69']]

const ipv6Packages: SimPackage[] = IPV6_PLANS.map(([speed, days, resellerPrice], index) => ({
  id: fixtureId(7, index + 1),
  proxyType: 'Ipv6p',
  title: `IPv6 ${speed} Mbps`,
  description: `Rotating IPv6 with unlimited traffic at ${speed} Mbps for ${days} days.`,
  resellerPrice,
  ips: 1,
  days,
  bandwidth: 0,
  speed,
}))

export const CATALOGUE: readonly SimPackage[] = [
  ...ispPackages,
  ...dedicatedIspPackages,
  ...residentialPackages,
  ...premiumResidentialPackages,
  ...unlimitedPackages,
  ...datacenterPackages,
  ...ipv6Packages,
  ...mobilePackages,
]
