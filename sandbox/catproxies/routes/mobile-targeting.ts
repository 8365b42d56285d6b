import type { Route } from '../context'
import { MOBILE_COUNTRIES, type MobileCountry, type MobileRegion } from '../fixtures-targeting'
import { readPositiveInteger, SimHttpError } from '../http'

/**
 * The four Rotating Mobile targeting endpoints. They share a bucket of 60 requests per 10
 * minutes per key on top of the hourly one. Ids are query parameters; an unknown id is a
 * 400 naming the parameter, because the path itself exists.
 */
const MOBILE_BUCKETS = ['hourly', 'mobileTargeting'] as const

export const mobileTargetingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/mobile-targeting-options\/countries$/,
    buckets: [...MOBILE_BUCKETS],
    handle() {
      return { payload: { countries: MOBILE_COUNTRIES.map(({ id, name, code }) => ({ id, name, code })) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/mobile-targeting-options\/regions$/,
    buckets: [...MOBILE_BUCKETS],
    handle(request) {
      const country = findCountry(request.query)

      return { payload: { regions: country.regions.map(({ id, name }) => ({ id, name })) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/mobile-targeting-options\/cities$/,
    buckets: [...MOBILE_BUCKETS],
    handle(request) {
      const region = findRegion(findCountry(request.query), request.query, true)

      return { payload: { cities: (region?.cities ?? []).map(({ id, name }) => ({ id, name })) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/mobile-targeting-options\/isps$/,
    buckets: [...MOBILE_BUCKETS],
    handle(request) {
      const country = findCountry(request.query)
      const region = findRegion(country, request.query, false)
      const cityId = readPositiveInteger(request.query, 'cityId')
      const cities = region === null ? country.regions.flatMap((candidate) => candidate.cities) : region.cities
      const city = cityId === null ? null : cities.find((candidate) => candidate.id === cityId)
      if (city === undefined) throw new SimHttpError(400, `cityId ${cityId} is not a city of this ${region === null ? 'country' : 'region'}`)

      const ispIds = new Set(city === null ? cities.flatMap((candidate) => candidate.ispIds) : city.ispIds)
      const isps = region === null && city === null ? country.isps : country.isps.filter((isp) => ispIds.has(isp.id))

      return { payload: { isps } }
    },
  },
]

function findCountry(query: URLSearchParams): MobileCountry {
  const countryId = readPositiveInteger(query, 'countryId')
  if (countryId === null) throw new SimHttpError(400, 'countryId is required')

  const country = MOBILE_COUNTRIES.find((candidate) => candidate.id === countryId)
  if (country === undefined) throw new SimHttpError(400, `countryId ${countryId} is not a mobile targeting country`)

  return country
}

function findRegion(country: MobileCountry, query: URLSearchParams, isRequired: boolean): MobileRegion | null {
  const regionId = readPositiveInteger(query, 'regionId')
  if (regionId === null) {
    if (isRequired) throw new SimHttpError(400, 'regionId is required')
    return null
  }

  const region = country.regions.find((candidate) => candidate.id === regionId)
  if (region === undefined) throw new SimHttpError(400, `regionId ${regionId} is not a region of ${country.name}`)

  return region
}
