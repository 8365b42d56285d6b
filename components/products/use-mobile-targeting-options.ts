'use client'

import { useQuery } from '@tanstack/react-query'

import { readApiError, type ApiError } from '@/components/read-api-error'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'
import type { MobileTargetingLevel } from '@/lib/products/read-mobile-targeting-level'

type UseMobileTargetingOptionsInput = {
  tenantId: string
  level: MobileTargetingLevel
  countryId?: string | null
  regionId?: string | null
  cityId?: string | null
  isEnabled?: boolean
}

/**
 * Reads one level of mobile targeting from the storefront's cached route. The options
 * change daily at most, so they stay fresh in the browser for five minutes.
 */
export function useMobileTargetingOptions({ tenantId, level, countryId = null, regionId = null, cityId = null, isEnabled = true }: UseMobileTargetingOptionsInput) {
  return useQuery<TargetingChoiceOption[], ApiError>({
    queryKey: ['tenant', tenantId, 'mobile-targeting', level, countryId, regionId, cityId],
    enabled: isEnabled,
    staleTime: 5 * 60 * 1000,
    queryFn: async () => {
      const query = new URLSearchParams()
      if (countryId) query.set('countryId', countryId)
      if (regionId) query.set('regionId', regionId)
      if (cityId) query.set('cityId', cityId)
      const response = await fetch(`/api/catalogue/mobile-targeting/${level}?${query.toString()}`)
      if (!response.ok) throw await readApiError(response)

      return ((await response.json()) as { options: TargetingChoiceOption[] }).options
    },
  })
}
