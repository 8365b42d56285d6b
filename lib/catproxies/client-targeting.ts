import {
  assertId,
  parseDatacenterCountries,
  parseMobileTargetingSnapshot,
  parseResidentialTargeting,
  parseServers,
  parseTargetingList,
  type SuccessEnvelope,
} from './adapter'
import { CatProxiesInputError } from './errors'
import type { CallSpec, RateBucket } from './transport'
import type { DatacenterCountry, GatewayServer, MobileTargetingSnapshot, ResidentialTargeting, TargetingOption } from './types-management'

type Send = (spec: CallSpec) => Promise<SuccessEnvelope>
type TargetingId = string | number

// The four mobile targeting endpoints share a 60-per-10-minutes bucket on top of the hourly one.
const MOBILE_BUCKETS: RateBucket[] = ['hourly', 'mobileTargeting']

/** Gateway, stock and targeting reads. Callers should cache these: they change rarely and spend budget. */
export function createTargetingMethods(send: Send, options: { mobileTargetingSnapshotUrl: string | null }) {
  const mobileList = async (operation: string, path: string, listKey: string, query: CallSpec['query']) =>
    parseTargetingList(await send({ operation, method: 'GET', path, kind: 'read', buckets: MOBILE_BUCKETS, query }), listKey)

  return {
    /** Lists Unlimited Residential gateway servers; an order names one by id. */
    async listServers(): Promise<GatewayServer[]> {
      return parseServers(await send({ operation: 'listServers', method: 'GET', path: '/servers', kind: 'read' }))
    },

    /** Lists datacenter stock per country; an order may not allocate more than `available`. */
    async listDatacenterCountries(): Promise<DatacenterCountry[]> {
      return parseDatacenterCountries(await send({ operation: 'listDatacenterCountries', method: 'GET', path: '/datacenterp-countries', kind: 'read' }))
    },

    async getResidentialTargeting(): Promise<ResidentialTargeting> {
      return parseResidentialTargeting(await send({ operation: 'getResidentialTargeting', method: 'GET', path: '/gresi-targeting-options', kind: 'read' }))
    },

    async listMobileCountries(): Promise<TargetingOption[]> {
      return mobileList('listMobileCountries', '/mobile-targeting-options/countries', 'countries', {})
    },

    async listMobileRegions(input: { countryId: TargetingId }): Promise<TargetingOption[]> {
      const query = { countryId: checkTargetingId(input.countryId, 'countryId') }

      return mobileList('listMobileRegions', '/mobile-targeting-options/regions', 'regions', query)
    },

    async listMobileCities(input: { countryId: TargetingId; regionId: TargetingId }): Promise<TargetingOption[]> {
      const query = { countryId: checkTargetingId(input.countryId, 'countryId'), regionId: checkTargetingId(input.regionId, 'regionId') }

      return mobileList('listMobileCities', '/mobile-targeting-options/cities', 'cities', query)
    },

    /** Lists carriers of a country, optionally narrowed to a region and city. */
    async listMobileIsps(input: { countryId: TargetingId; regionId?: TargetingId; cityId?: TargetingId }): Promise<TargetingOption[]> {
      const query = {
        countryId: checkTargetingId(input.countryId, 'countryId'),
        regionId: input.regionId === undefined ? undefined : checkTargetingId(input.regionId, 'regionId'),
        cityId: input.cityId === undefined ? undefined : checkTargetingId(input.cityId, 'cityId'),
      }

      return mobileList('listMobileIsps', '/mobile-targeting-options/isps', 'isps', query)
    },

    /**
     * Downloads the offline snapshot of every mobile country, region, city and ISP. It does
     * not spend the mobile bucket. The API key is sent only if the URL is on the API's origin.
     */
    async getMobileTargetingSnapshot(): Promise<MobileTargetingSnapshot> {
      const url = options.mobileTargetingSnapshotUrl
      if (url === null) throw new CatProxiesInputError('mobileTargetingSnapshotUrl is not configured for this client')

      const envelope = await send({ operation: 'getMobileTargetingSnapshot', method: 'GET', path: new URL(url).pathname, kind: 'read', buckets: [], absoluteUrl: url })

      return parseMobileTargetingSnapshot(envelope.payload)
    },
  }
}

function checkTargetingId(value: TargetingId, field: string): string {
  return assertId(typeof value === 'number' ? String(value) : value, field)
}
