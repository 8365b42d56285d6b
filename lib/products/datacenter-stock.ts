import { z } from 'zod'

/** Datacenter IPs in stock in one country, as cached from `/datacenterp-countries`. */
export const ZDatacenterStockEntry = z.object({
  /** ISO 3166 alpha-2, upper case. */
  code: z.string(),
  name: z.string(),
  available: z.number().int().nonnegative(),
})

export const ZDatacenterStock = z.array(ZDatacenterStockEntry)

export type DatacenterStockEntry = z.infer<typeof ZDatacenterStockEntry>
