import { z } from 'zod'

import type { MobileTargetingSnapshot, ResidentialTargeting, TargetingOption } from '../types-management'
import type { SuccessEnvelope } from './envelope'
import { FieldReader, joinPath } from './field-reader'
import { readPayloadList } from './gateways'
import { dateSchema, idSchema, textSchema } from './values'

const tokenListSchema = z.array(textSchema)
const tokenMapSchema = z.record(z.string(), tokenListSchema)

/**
 * Parses `GET /gresi-targeting-options`. The shape is guessed from a third party's
 * residential targeting file: `countries[{code,name}]`, `us_states[]`, `cities{cc:[token]}`
 * and `us_state_cities{state:[token]}`, all tokens lower case.
 */
export function parseResidentialTargeting(envelope: SuccessEnvelope): ResidentialTargeting {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const countryList = payload.array(['countries'])
  const countries = (countryList?.items ?? []).map((item, index) => {
    const path = joinPath(countryList?.path ?? 'payload.countries', index)
    if (typeof item === 'string') return { code: item.toLowerCase(), name: null }

    const country = FieldReader.from(item, path)

    return { code: country.required(['code', 'iso'], textSchema).toLowerCase(), name: country.optional(['name'], textSchema) }
  })

  return {
    countries,
    usStates: payload.optional(['us_states', 'usStates', 'states'], tokenListSchema) ?? [],
    cities: payload.optional(['cities'], tokenMapSchema) ?? {},
    usStateCities: payload.optional(['us_state_cities', 'usStateCities'], tokenMapSchema) ?? {},
    extra: payload.extra(),
  }
}

/** Parses one mobile targeting list (countries, regions, cities or isps) of `{id, name}` items. */
export function parseTargetingList(envelope: SuccessEnvelope, listKey: string): TargetingOption[] {
  const { items, path } = readPayloadList(envelope, [listKey, 'items', 'data'])

  return items.map((item, index) => parseTargetingOption(FieldReader.from(item, joinPath(path, index))))
}

// Nested lists of the snapshot, read separately, so they stay out of `extra`.
const NESTED_KEYS = new Set(['regions', 'cities', 'isps'])

function parseTargetingOption(option: FieldReader): TargetingOption {
  const id = option.required(['id', '_id', 'value'], idSchema)
  const name = option.required(['name', 'label', 'title'], textSchema)
  const code = option.optional(['code', 'iso', 'countryCode'], textSchema)
  const extra = Object.fromEntries(Object.entries(option.extra()).filter(([key]) => !NESTED_KEYS.has(key)))

  return { id, name, code, extra }
}

/**
 * Parses the offline mobile targeting snapshot: countries with nested regions, cities and
 * ISPs. The file's real format is unknown; this reads the nesting the simulator serves,
 * with `isps` allowed at country and city level.
 */
export function parseMobileTargetingSnapshot(body: unknown): MobileTargetingSnapshot {
  const root = FieldReader.from(body, '(snapshot)')
  const countries = readChildren(root, 'countries', (country) => ({
    ...parseTargetingOption(country),
    isps: readChildren(country, 'isps', parseTargetingOption),
    regions: readChildren(country, 'regions', (region) => ({
      ...parseTargetingOption(region),
      cities: readChildren(region, 'cities', (city) => ({
        ...parseTargetingOption(city),
        isps: readChildren(city, 'isps', parseTargetingOption),
      })),
    })),
  }))

  return { countries, generatedAt: root.optional(['generatedAt', 'generated_at', 'updatedAt'], dateSchema) }
}

function readChildren<T>(parent: FieldReader, key: string, parse: (child: FieldReader) => T): T[] {
  const list = parent.array([key])
  if (list === null) return []

  return list.items.map((item, index) => parse(FieldReader.from(item, joinPath(list.path, index))))
}
