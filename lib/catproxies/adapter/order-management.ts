import { isIP } from 'node:net'

import { CatProxiesResponseError } from '../errors'
import type { ExtendOptions, OrderPage, PasswordReset, UnlimitedMetrics, UsageStats } from '../types-management'
import type { SuccessEnvelope } from './envelope'
import { FieldReader, joinPath, parseValue } from './field-reader'
import { readPayloadList } from './gateways'
import { parseOrder, parseOrderObject } from './order'
import { dateSchema, idSchema, integerSchema, moneyMinorSchema, nonNegativeIntegerSchema, numberSchema, stringListSchema, textSchema } from './values'

/** Parses `GET /orders`: `payload.orders[]` in the same shape as one order, plus paging. */
export function parseOrderPage(envelope: SuccessEnvelope, requestedPage: number): OrderPage {
  const { items, path } = readPayloadList(envelope, ['orders', 'items'])

  return {
    orders: items.map((item, index) => parseOrderObject(FieldReader.from(item, joinPath(path, index)))),
    page: envelope.pagination?.optional(['page', 'currentPage'], integerSchema) ?? requestedPage,
    totalPages: envelope.pagination?.optional(['totalPages', 'total_pages', 'Pages'], integerSchema) ?? null,
  }
}

/**
 * Parses `GET /order/{id}/extendOptions`. Only `extendType` ("days" or "bandwidth") and the
 * ISP price rule are documented; `options[]` with per-option prices is the best guess.
 */
export function parseExtendOptions(envelope: SuccessEnvelope): ExtendOptions {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const rawType = payload.optional(['extendType', 'extend_type', 'type'], textSchema)
  const list = payload.array(['options', 'packages', 'extendOptions'])
  const options = (list?.items ?? []).map((item, index) => {
    const option = FieldReader.from(item, joinPath(list?.path ?? 'payload.options', index))

    return {
      packageId: option.optional(['packageId', 'id', '_id'], idSchema),
      title: option.optional(['title', 'name'], textSchema),
      priceMinor: option.required(['price', 'resellerPrice', 'amount'], moneyMinorSchema),
      days: option.optional(['days'], nonNegativeIntegerSchema),
      bandwidthGb: option.optional(['bandwidth', 'bandwidthGb'], numberSchema),
      extra: option.extra(),
    }
  })
  const extendType = rawType === 'days' || rawType === 'bandwidth' ? rawType : null
  if (rawType !== null && extendType === null) payload.keep('extendType')

  return {
    extendType,
    priceMinor: payload.optional(['price', 'amount', 'totalPrice'], moneyMinorSchema),
    options,
    extra: payload.extra(),
  }
}

/** Parses a whitelist reply: `payload.whitelist_ip`, `payload.whitelist` or `payload.ips`. Each entry must be an IP. */
export function parseWhitelist(envelope: SuccessEnvelope): string[] {
  if (Array.isArray(envelope.payload)) return checkIps(parseValue(stringListSchema, envelope.payload, 'payload'), 'payload')

  const payload = FieldReader.from(envelope.payload, 'payload')
  const ips = payload.optional(['whitelist_ip', 'whitelist', 'ips'], stringListSchema) ?? []

  return checkIps(ips, 'payload.whitelist_ip')
}

function checkIps(ips: string[], path: string): string[] {
  const bad = ips.findIndex((ip) => isIP(ip.trim()) === 0)
  if (bad >= 0) throw new CatProxiesResponseError(joinPath(path, bad), `expected an IP address, got ${JSON.stringify(ips[bad])}`)

  return ips.map((ip) => ip.trim())
}

/** Parses `GET /order/{id}/usage-stats`, read from `payload.usage` or `payload` (GB units). */
export function parseUsageStats(envelope: SuccessEnvelope): UsageStats {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const usage = payload.child(['usage', 'stats']) ?? payload
  const dailyList = usage.array(['daily', 'days', 'history'])
  const daily = (dailyList?.items ?? []).map((item, index) => {
    const day = FieldReader.from(item, joinPath(dailyList?.path ?? '', index))

    return { date: day.required(['date', 'day'], textSchema), usedGb: day.required(['used', 'usedGb', 'used_bandwidth'], numberSchema) }
  })

  return {
    usedGb: usage.optional(['used_bandwidth', 'usedGb', 'used'], numberSchema),
    totalGb: usage.optional(['available_bandwidth', 'totalGb', 'total'], numberSchema),
    leftGb: usage.optional(['bandwidth_left', 'leftGb', 'left'], numberSchema),
    daily,
    extra: usage === payload ? payload.extra() : { ...payload.extra(), ...usage.extra() },
  }
}

/** Parses `POST /order/{id}/reset-password`: the new password directly, or inside the updated order. */
export function parsePasswordReset(envelope: SuccessEnvelope): PasswordReset {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const direct = payload.optional(['password', 'newPassword'], textSchema)
  const hasOrder = payload.raw.order !== undefined && payload.raw.order !== null
  const order = hasOrder ? parseOrder(envelope) : null

  return { password: direct ?? order?.credentials.password ?? null, order }
}

/** Parses `GET /order/{id}/unlimited-metrics`: `payload.points[] {timestamp, value}`; the shape is a guess. */
export function parseUnlimitedMetrics(envelope: SuccessEnvelope): UnlimitedMetrics {
  const payload = FieldReader.from(envelope.payload, 'payload')
  const list = payload.array(['points', 'metrics', 'data', 'items'])
  const points = (list?.items ?? []).map((item, index) => {
    const point = FieldReader.from(item, joinPath(list?.path ?? '', index))

    return {
      at: point.required(['timestamp', 'time', 'date', 'at'], dateSchema),
      value: point.required(['value', 'bandwidth', 'requests', 'count'], numberSchema),
      extra: point.extra(),
    }
  })

  return {
    points,
    page: envelope.pagination?.optional(['page'], integerSchema) ?? null,
    totalPages: envelope.pagination?.optional(['totalPages', 'total_pages'], integerSchema) ?? null,
    extra: payload.extra(),
  }
}
