import type { OrderCredentials } from '@/lib/catproxies/types'
import { logger } from '@/lib/logger'
import { buildCredentialsView, type CredentialsView } from '@/lib/products/credentials-view'
import { describeOrderConfiguration } from '@/lib/products/describe-order-configuration'
import { parseProxyType } from '@/lib/products/product-families'
import { formatProxyLines } from '@/lib/products/proxy-line-formats'
import { parseStoredConfiguration, type StoredConfiguration } from '@/lib/products/stored-configuration'

export type OrderProductViewInput = {
  orderId: string
  proxyType: string
  quantity: number
  countryName: string | null
  configuration: unknown
  /** Delivered credentials, already decrypted; null before delivery. */
  credentials: OrderCredentials | null
}

export type OrderProductView = {
  /** Plain summary of what the order contains, e.g. "10 IPs: United States 6, Germany 4". */
  productSummary: string
  credentials: CredentialsView | null
  /** `credentials.lines` as `host:port:user:pass`. */
  credentialLines: string[]
}

/**
 * Builds the product part of a customer's order view. A stored configuration that no longer
 * parses is logged and treated as absent, so the order page still shows the credentials.
 */
export function buildOrderProductView(input: OrderProductViewInput): OrderProductView {
  const proxyType = parseProxyType(input.proxyType)
  const configuration = proxyType === null ? null : readConfiguration(input.orderId, proxyType, input.configuration)
  const summaryConfiguration = configuration ?? { proxyType: 'Isp' as const }
  const credentials = input.credentials === null ? null : buildCredentialsView({ proxyType, credentials: input.credentials, configuration })

  return {
    productSummary: describeOrderConfiguration({ configuration: summaryConfiguration, quantity: input.quantity, countryName: input.countryName }),
    credentials,
    credentialLines: credentials === null ? [] : formatProxyLines(credentials.lines, 'ip-port-user-pass'),
  }
}

function readConfiguration(orderId: string, proxyType: NonNullable<ReturnType<typeof parseProxyType>>, json: unknown): StoredConfiguration | null {
  try {
    return parseStoredConfiguration(proxyType, json)
  } catch (error) {
    logger.warn({ err: error, orderId, proxyType }, 'stored order configuration does not match its proxy type')
    return null
  }
}
