import { z } from 'zod'

export const ZCreateCheckoutRequest = z.object({
  packageId: z.string({ error: 'packageId is required' }).trim().min(1, { error: 'packageId is required' }).max(100),
  countryId: z.coerce
    .number({ error: 'Choose a country' })
    .int({ error: 'countryId must be a whole number' }),
  quantity: z.coerce
    .number({ error: 'Enter a quantity' })
    .int({ error: 'Quantity must be a whole number' }),
})

export type TCreateCheckoutRequest = z.infer<typeof ZCreateCheckoutRequest>
