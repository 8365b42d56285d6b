import { z } from 'zod'

/** An Unlimited Residential gateway server, as cached from `/servers`. */
export const ZGatewayServerOption = z.object({
  /** The value sent upstream as `gateway_server`. */
  id: z.string(),
  name: z.string(),
  host: z.string().nullable(),
  /** Upper-case ISO alpha-2 code of the server's location, when known. */
  country: z.string().nullable(),
})

export const ZGatewayServerOptions = z.array(ZGatewayServerOption)

export type GatewayServerOption = z.infer<typeof ZGatewayServerOption>
