import { z } from 'zod'

/**
 * Request schemas for what a customer configures per product type. They check types and
 * shapes only; whether a value is offered (a country, stock, a server, a targeting id)
 * is checked against live data by `validateConfiguration`.
 */

const MAX_ALLOCATION_COUNTRIES = 250

const ZQuantity = z.coerce
  .number({ error: 'Enter a quantity' })
  .int({ error: 'Quantity must be a whole number' })

/** An upstream id sent as a string or a number; blank or null means "no choice". */
const ZOptionalTargetingId = z
  .union([z.string().trim().max(64), z.number().int().nonnegative().transform(String), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null || value === '' ? null : value))

export const ZIspConfiguration = z.object({
  proxyType: z.literal('Isp'),
  countryId: z.coerce.number({ error: 'Choose a country' }).int({ error: 'countryId must be a whole number' }),
  quantity: ZQuantity,
})

export const ZDedicatedIspConfiguration = z.object({
  proxyType: z.literal('IspP'),
  quantity: ZQuantity,
})

export const ZDatacenterConfiguration = z.object({
  proxyType: z.literal('DatacenterP'),
  /** ISO alpha-2 country code → number of IPs. */
  countryProxies: z
    .record(z.string().trim().max(8), z.number({ error: 'Enter a whole number of IPs' }).int({ error: 'Enter a whole number of IPs' }).min(0, { error: 'Enter 0 or more IPs' }), {
      error: 'Allocate the package’s IPs to countries',
    })
    .refine((allocation) => Object.keys(allocation).length <= MAX_ALLOCATION_COUNTRIES, { error: 'Too many countries in the allocation' }),
})

export const ZUnlimitedResidentialConfiguration = z.object({
  proxyType: z.literal('UnlimitedResidential'),
  gatewayServerId: z.union([z.string().trim().min(1).max(64), z.number().int().nonnegative().transform(String)], {
    error: 'Choose a gateway server',
  }),
})

export const ZMobileTargetingChoice = z.object({
  countryId: ZOptionalTargetingId,
  regionId: ZOptionalTargetingId,
  cityId: ZOptionalTargetingId,
  carrierId: ZOptionalTargetingId,
})

export type MobileTargetingChoice = z.infer<typeof ZMobileTargetingChoice>

export const ZMobileConfiguration = z.object({
  proxyType: z.literal('RotatingMobile'),
  targeting: ZMobileTargetingChoice.default({ countryId: null, regionId: null, cityId: null, carrierId: null }),
})

/** Products whose order is the package alone: traffic packages and IPv6. */
export const ZPackageOnlyConfiguration = z.object({
  proxyType: z.enum(['gResidential', 'resix', 'Ipv6p']),
})

export const ZProductConfiguration = z.discriminatedUnion(
  'proxyType',
  [
    ZIspConfiguration,
    ZDedicatedIspConfiguration,
    ZDatacenterConfiguration,
    ZUnlimitedResidentialConfiguration,
    ZMobileConfiguration,
    ZPackageOnlyConfiguration,
  ],
  { error: 'Choose a product type: Isp, IspP, gResidential, resix, UnlimitedResidential, DatacenterP, Ipv6p or RotatingMobile' },
)

export type ProductConfiguration = z.infer<typeof ZProductConfiguration>
