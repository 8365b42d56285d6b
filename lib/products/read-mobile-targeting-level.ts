import { z } from 'zod'

import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import { getMobileTargetingSource } from '@/lib/products/load-mobile-targeting'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'
import { toUnavailable } from '@/lib/products/upstream-unavailable'

export const MOBILE_TARGETING_LEVELS = ['countries', 'regions', 'cities', 'carriers'] as const

export type MobileTargetingLevel = (typeof MOBILE_TARGETING_LEVELS)[number]

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Expected an id of letters, digits, "-" or "_"' })

/** Query of a targeting level: the ids chosen above it. Blank values count as absent. */
export const ZMobileTargetingQuery = z.object({
  level: z.enum(MOBILE_TARGETING_LEVELS, { error: `Choose a level: ${MOBILE_TARGETING_LEVELS.join(', ')}` }),
  countryId: ZId.optional(),
  regionId: ZId.optional(),
  cityId: ZId.optional(),
})

export type TMobileTargetingQuery = z.infer<typeof ZMobileTargetingQuery>

/**
 * Reads one level of mobile targeting from the cache. Regions need `countryId`, cities
 * need `countryId` and `regionId`, and carriers need a country and may be narrowed to a
 * region and city. Throws `invalid_input` naming a missing or unknown parent id. Throws
 * `temporarily_unavailable` when nothing is cached and CatProxies cannot be read.
 */
export async function readMobileTargetingLevel({ db, tenantId, query }: { db: Database; tenantId: string; query: TMobileTargetingQuery }): Promise<TargetingChoiceOption[]> {
  const source = getMobileTargetingSource({ db, tenantId })
  const { level, countryId, regionId, cityId } = query

  try {
    if (level === 'countries') return await source.listCountries()
    if (countryId === undefined) throw new AppError('invalid_input', 'countryId is required', { field: 'countryId', userMessage: 'Choose a country first.' })
    if (level === 'regions') return await source.listRegions(countryId)
    if (level === 'carriers') return await source.listCarriers(countryId, regionId ?? null, cityId ?? null)
    if (regionId === undefined) throw new AppError('invalid_input', 'regionId is required', { field: 'regionId', userMessage: 'Choose a region first.' })

    return await source.listCities(countryId, regionId)
  } catch (error) {
    throw toUnavailable(error, 'Mobile targeting options are unavailable right now. Please try again in a minute.')
  }
}
