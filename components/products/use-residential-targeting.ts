'use client'

import { useQuery } from '@tanstack/react-query'

import { readApiError, type ApiError } from '@/components/read-api-error'
import type { ResidentialTargetingOptions } from '@/lib/products/residential-targeting-options'

/** Reads residential countries, US states and cities from the storefront's cached route. */
export function useResidentialTargeting(tenantId: string) {
  return useQuery<ResidentialTargetingOptions, ApiError>({
    queryKey: ['tenant', tenantId, 'residential-targeting'],
    staleTime: 5 * 60 * 1000,
    queryFn: async () => {
      const response = await fetch('/api/catalogue/residential-targeting')
      if (!response.ok) throw await readApiError(response)

      return ((await response.json()) as { targeting: ResidentialTargetingOptions }).targeting
    },
  })
}
