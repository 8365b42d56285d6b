import type { Route } from '../context'
import { paginate, readPositiveInteger, SimHttpError } from '../http'
import { findOrderOrThrow } from './orders'

/**
 * GET /order/{id}/unlimited-metrics?view=&timeframe=&interval=&page= — traffic or request
 * counts of an Unlimited Residential order as time buckets, newest first.
 * NOTE: the parameter values and the reply shape are guesses; only the names are known.
 */
const VIEWS = ['bandwidth', 'requests'] as const
const TIMEFRAME_MS: Record<string, number> = { '1h': 3_600_000, '24h': 86_400_000, '7d': 604_800_000, '30d': 2_592_000_000 }
const INTERVAL_MS: Record<string, number> = { '5m': 300_000, '1h': 3_600_000, '1d': 86_400_000 }
const PAGE_SIZE = 50
const REQUESTS_PER_GB = 2_000

export const unlimitedMetricsRoute: Route = {
  method: 'GET',
  pattern: /^\/order\/(?<orderId>[^/]+)\/unlimited-metrics$/,
  handle(request, context) {
    const order = findOrderOrThrow(request.account, request.params.orderId)
    if (order.proxyType !== 'UnlimitedResidential') {
      throw new SimHttpError(400, 'unlimited-metrics is only available for Unlimited Residential orders')
    }

    const view = readChoice(request.query, 'view', VIEWS, 'bandwidth')
    const timeframe = readChoice(request.query, 'timeframe', Object.keys(TIMEFRAME_MS), '24h')
    const interval = readChoice(request.query, 'interval', Object.keys(INTERVAL_MS), '1h')
    const page = readPositiveInteger(request.query, 'page') ?? 1
    const intervalMs = INTERVAL_MS[interval] ?? 3_600_000
    const nowMs = context.clock.nowMs()
    const startMs = Math.max(order.createdAtMs, nowMs - (TIMEFRAME_MS[timeframe] ?? 86_400_000))

    // Usage grows linearly, so every full bucket carries the same traffic.
    const points = []
    for (let bucketEndMs = nowMs; bucketEndMs > startMs; bucketEndMs -= intervalMs) {
      const gb = (order.usageGbPerHour * (Math.min(intervalMs, bucketEndMs - startMs) / 3_600_000))
      const value = view === 'bandwidth' ? Math.round(gb * 1000) / 1000 : Math.round(gb * REQUESTS_PER_GB)
      points.push({ timestamp: new Date(bucketEndMs).toISOString(), value })
    }
    const { pageItems, pagination } = paginate(points, page, PAGE_SIZE)

    return { payload: { view, timeframe, interval, points: pageItems }, pagination }
  },
}

function readChoice<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const value = query.get(name)
  if (value === null || value === '') return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SimHttpError(400, `${name} must be one of ${allowed.join(', ')}, got "${value}"`)
  }

  return value as T
}
