import { CatProxiesResponseError } from '../errors'
import type { ProxyType, StoreLocation, StorePackage } from '../types'
import type { SuccessEnvelope } from './envelope'
import { FieldReader, joinPath } from './field-reader'
import {
  booleanSchema,
  idSchema,
  integerSchema,
  moneyMinorSchema,
  nonNegativeIntegerSchema,
  normalizeProxyType,
  numberSchema,
  textSchema,
} from './values'

export type SkippedProduct = {
  path: string
  packageId: string
  reason: string
}

export type StorePage = {
  packages: StorePackage[]
  /** Products left out because their proxyType is not one we sell (a new upstream type). */
  skipped: SkippedProduct[]
  /** Number of products on this page, skipped ones included. */
  productCount: number
  /** `pagination.totalPages`, or null when the reply has no pagination block. */
  totalPages: number | null
}

/**
 * Parses one page of `GET /store`. Products sit in `payload.products`; `payload.packages`
 * and a bare `payload` array are accepted too. A product without a proxyType takes the
 * type the request filtered on, and one with an unknown proxyType is skipped and reported.
 */
export function parseStorePage(envelope: SuccessEnvelope, requestedType: ProxyType | null): StorePage {
  const { items, path } = findProductList(envelope.payload)
  const packages: StorePackage[] = []
  const skipped: SkippedProduct[] = []

  items.forEach((item, index) => {
    const product = FieldReader.from(item, joinPath(path, index))
    const result = parseStoreProduct(product, requestedType)
    if ('reason' in result) skipped.push(result)
    else packages.push(result)
  })
  const totalPages =
    envelope.pagination?.optional(['totalPages', 'total_pages', 'Pages'], integerSchema) ?? null

  return { packages, skipped, productCount: items.length, totalPages }
}

function findProductList(payload: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(payload)) return { items: payload, path: 'payload' }

  const list = FieldReader.from(payload, 'payload').array(['products', 'packages', 'items'])
  if (list === null) throw new CatProxiesResponseError('payload.products', 'missing')

  return list
}

/** Parses one store product. Exported for the order parser's package lookups and for tests. */
export function parseStoreProduct(product: FieldReader, requestedType: ProxyType | null): StorePackage | SkippedProduct {
  const packageId = product.required(['packageId', 'id', '_id'], idSchema)
  const typeKeys = ['proxyType', 'proxy_type', 'type']
  const rawType = product.optional(typeKeys, textSchema)
  const proxyType = rawType === null ? requestedType : normalizeProxyType(rawType)
  if (proxyType === null) {
    for (const key of typeKeys) product.keep(key)
    const reason = rawType === null ? 'no proxyType' : `unknown proxyType ${JSON.stringify(rawType)}`

    return { path: product.path, packageId, reason }
  }

  const locationList = product.array(['locations'])
  const locations = locationList === null ? [] : locationList.items.map((item, index) =>
    parseLocation(FieldReader.from(item, joinPath(locationList.path, index))))

  return {
    packageId,
    title: product.optional(['title', 'name'], textSchema) ?? packageId,
    description: product.optional(['description'], textSchema),
    proxyType,
    resellerPriceMinor: product.required(['resellerPrice', 'reseller_price'], moneyMinorSchema),
    minQty: product.optional(['minQty', 'min_qty'], nonNegativeIntegerSchema),
    maxQty: product.optional(['maxQty', 'max_qty'], nonNegativeIntegerSchema),
    locations,
    ips: product.optional(['ips', 'package_ips'], nonNegativeIntegerSchema),
    days: product.optional(['days', 'package_days'], nonNegativeIntegerSchema),
    bandwidthGb: product.optional(['bandwidth', 'bandwidthGb', 'package_bandwidth'], numberSchema),
    speedMbps: product.optional(['speed', 'speedMbps'], numberSchema),
    hidden: product.optional(['hidden', 'isHidden'], booleanSchema) ?? false,
    extra: product.extra(),
  }
}

function parseLocation(location: FieldReader): StoreLocation {
  return {
    id: location.required(['id', 'countryId', 'country_id'], integerSchema),
    name: location.optional(['name', 'country', 'countryName'], textSchema),
    code: location.optional(['code', 'countryCode', 'iso'], textSchema),
  }
}
