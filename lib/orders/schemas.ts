import { z } from 'zod'

import { ZProductConfiguration } from '@/lib/products/configuration-schema'

/**
 * Body of `POST /api/checkout`: the package and its configuration, discriminated by
 * `proxyType`, e.g. `{ packageId, proxyType: "Isp", countryId, quantity }` or
 * `{ packageId, proxyType: "DatacenterP", countryProxies: { "US": 6, "DE": 4 } }`.
 */
export const ZCreateCheckoutRequest = z.intersection(
  z.object({
    packageId: z.string({ error: 'packageId is required' }).trim().min(1, { error: 'packageId is required' }).max(100),
  }),
  ZProductConfiguration,
)

export type TCreateCheckoutRequest = z.infer<typeof ZCreateCheckoutRequest>
