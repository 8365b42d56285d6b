import { CatProxiesResponseError } from '../errors'
import type { DatacenterCountry, GatewayServer } from '../types-management'
import type { SuccessEnvelope } from './envelope'
import { FieldReader, joinPath } from './field-reader'
import { idSchema, nonNegativeIntegerSchema, textSchema } from './values'

/**
 * Finds the list in a payload: under one of `keys`, or the payload itself when it is an
 * array. Throws CatProxiesResponseError naming `payload.<first key>` when neither exists.
 */
export function readPayloadList(envelope: SuccessEnvelope, keys: readonly string[]): { items: unknown[]; path: string } {
  if (Array.isArray(envelope.payload)) return { items: envelope.payload, path: 'payload' }

  const list = FieldReader.from(envelope.payload, 'payload').array(keys)
  if (list === null) throw new CatProxiesResponseError(joinPath('payload', keys[0] ?? 'items'), 'missing')

  return list
}

/** Parses `GET /servers`: `payload.servers[]` or a bare array. Only `id` is required. */
export function parseServers(envelope: SuccessEnvelope): GatewayServer[] {
  const { items, path } = readPayloadList(envelope, ['servers', 'items'])

  return items.map((item, index) => {
    const server = FieldReader.from(item, joinPath(path, index))

    return {
      id: server.required(['id', '_id', 'serverId'], idSchema),
      name: server.optional(['name', 'label'], textSchema),
      host: server.optional(['host', 'hostname'], textSchema),
      country: server.optional(['country', 'countryCode'], textSchema),
      extra: server.extra(),
    }
  })
}

/** Parses `GET /datacenterp-countries`: `payload.countries[] {code, name, available}`. */
export function parseDatacenterCountries(envelope: SuccessEnvelope): DatacenterCountry[] {
  const { items, path } = readPayloadList(envelope, ['countries', 'items'])

  return items.map((item, index) => {
    const country = FieldReader.from(item, joinPath(path, index))

    return {
      code: country.required(['code', 'countryCode', 'iso'], textSchema).trim().toUpperCase(),
      name: country.optional(['name', 'country'], textSchema),
      available: country.required(['available', 'stock', 'count'], nonNegativeIntegerSchema),
      extra: country.extra(),
    }
  })
}
