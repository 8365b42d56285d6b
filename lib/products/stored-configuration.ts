import { z } from 'zod'

import type { ProxyType } from '@/lib/catproxies/types'
import { ZGatewayServerOption } from '@/lib/products/gateway-server-option'
import { ZTargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'

/**
 * Shapes of the order row's `configuration` JSON per proxy type. ISP country and quantity
 * live in their own columns (`countryId`, `quantity`), so those types store `{}`.
 */
const ZEmpty = z.object({})

export const ZDatacenterStored = z.object({ countryProxies: z.record(z.string(), z.number().int().positive()) })

export const ZUnlimitedResidentialStored = z.object({ gatewayServer: ZGatewayServerOption })

export const ZMobileStored = z.object({
  targeting: z.object({
    country: ZTargetingChoiceOption.nullable(),
    region: ZTargetingChoiceOption.nullable(),
    city: ZTargetingChoiceOption.nullable(),
    carrier: ZTargetingChoiceOption.nullable(),
  }),
})

export type StoredConfiguration =
  | { proxyType: 'Isp' | 'IspP' | 'gResidential' | 'resix' | 'Ipv6p' }
  | ({ proxyType: 'DatacenterP' } & z.infer<typeof ZDatacenterStored>)
  | ({ proxyType: 'UnlimitedResidential' } & z.infer<typeof ZUnlimitedResidentialStored>)
  | ({ proxyType: 'RotatingMobile' } & z.infer<typeof ZMobileStored>)

/** The JSON to write to the order's `configuration` column: the stored shape without the type tag. */
export function toConfigurationJson(configuration: StoredConfiguration): Record<string, unknown> {
  const { proxyType: _proxyType, ...rest } = configuration

  return rest
}

/**
 * Reads an order's `configuration` column for its proxy type. Throws a ZodError when the
 * stored JSON does not fit, which means the row was written by other code or edited by hand.
 */
export function parseStoredConfiguration(proxyType: ProxyType, json: unknown): StoredConfiguration {
  switch (proxyType) {
    case 'DatacenterP':
      return { proxyType, ...ZDatacenterStored.parse(json) }
    case 'UnlimitedResidential':
      return { proxyType, ...ZUnlimitedResidentialStored.parse(json) }
    case 'RotatingMobile':
      return { proxyType, ...ZMobileStored.parse(json) }
    default:
      ZEmpty.parse(json ?? {})

      return { proxyType }
  }
}
