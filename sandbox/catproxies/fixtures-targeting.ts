/**
 * Targeting data served by the simulator. Residential targeting uses lower-case tokens with
 * no spaces, as gateway usernames spell them. Mobile targeting uses numeric ids that the
 * client passes back as `countryId`, `regionId` and `cityId`.
 */

export const RESIDENTIAL_TARGETING = {
  countries: [
    { code: 'us', name: 'United States' },
    { code: 'gb', name: 'United Kingdom' },
    { code: 'de', name: 'Germany' },
    { code: 'fr', name: 'France' },
    { code: 'br', name: 'Brazil' },
    { code: 'jp', name: 'Japan' },
  ],
  us_states: ['california', 'newyork', 'texas', 'florida', 'illinois'],
  cities: {
    us: ['losangeles', 'newyork', 'houston', 'miami', 'chicago'],
    gb: ['london', 'manchester'],
    de: ['berlin', 'munich', 'frankfurt'],
    fr: ['paris', 'lyon'],
    br: ['saopaulo'],
    jp: ['tokyo', 'osaka'],
  },
  us_state_cities: {
    california: ['losangeles', 'sanfrancisco'],
    newyork: ['newyork', 'buffalo'],
    texas: ['houston', 'dallas'],
    florida: ['miami'],
    illinois: ['chicago'],
  },
}

export type MobileIsp = { id: number; name: string }
export type MobileCity = { id: number; name: string; ispIds: number[] }
export type MobileRegion = { id: number; name: string; cities: MobileCity[] }
export type MobileCountry = { id: number; name: string; code: string; isps: MobileIsp[]; regions: MobileRegion[] }

export const MOBILE_COUNTRIES: MobileCountry[] = [
  {
    id: 1,
    name: 'United States',
    code: 'US',
    isps: [{ id: 101, name: 'T-Mobile' }, { id: 102, name: 'Verizon' }, { id: 103, name: 'AT&T' }],
    regions: [
      { id: 11, name: 'California', cities: [{ id: 111, name: 'Los Angeles', ispIds: [101, 102, 103] }, { id: 112, name: 'San Francisco', ispIds: [101, 103] }] },
      { id: 12, name: 'New York', cities: [{ id: 121, name: 'New York City', ispIds: [101, 102, 103] }] },
      { id: 13, name: 'Texas', cities: [{ id: 131, name: 'Houston', ispIds: [102, 103] }, { id: 132, name: 'Dallas', ispIds: [101] }] },
    ],
  },
  {
    id: 2,
    name: 'United Kingdom',
    code: 'GB',
    isps: [{ id: 201, name: 'EE' }, { id: 202, name: 'Vodafone UK' }, { id: 203, name: 'O2 UK' }],
    regions: [
      { id: 21, name: 'England', cities: [{ id: 211, name: 'London', ispIds: [201, 202, 203] }, { id: 212, name: 'Manchester', ispIds: [201, 203] }] },
      { id: 22, name: 'Scotland', cities: [{ id: 221, name: 'Edinburgh', ispIds: [202] }] },
    ],
  },
  {
    id: 3,
    name: 'Germany',
    code: 'DE',
    isps: [{ id: 301, name: 'Telekom' }, { id: 302, name: 'Vodafone DE' }],
    regions: [
      { id: 31, name: 'Berlin', cities: [{ id: 311, name: 'Berlin', ispIds: [301, 302] }] },
      { id: 32, name: 'Bavaria', cities: [{ id: 321, name: 'Munich', ispIds: [301] }] },
    ],
  },
]

/** Builds the offline snapshot: every country with its ISPs and nested regions, cities and city ISPs. */
export function buildMobileTargetingSnapshot(generatedAt: Date) {
  return {
    generatedAt: generatedAt.toISOString(),
    countries: MOBILE_COUNTRIES.map((country) => ({
      id: country.id,
      name: country.name,
      code: country.code,
      isps: country.isps,
      regions: country.regions.map((region) => ({
        id: region.id,
        name: region.name,
        cities: region.cities.map((city) => ({
          id: city.id,
          name: city.name,
          isps: country.isps.filter((isp) => city.ispIds.includes(isp.id)),
        })),
      })),
    })),
  }
}
