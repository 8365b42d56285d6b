import type { Logger } from '@/lib/logger'
import type { SimClock } from './clock'
import type { SimPackage } from './fixtures'
import type { SimReply } from './http'
import type { BucketName } from './rate-limits'
import type { SimAccount, SimState } from './state'

/** Everything a route handler may read or change. */
export type SimContext = {
  state: SimState
  clock: SimClock
  catalogue: readonly SimPackage[]
  /** Largest page `/store` serves, whatever `pageSize` the request gives. */
  maxStorePageSize: number
  logger: Logger | null
}

export type RouteRequest = {
  method: string
  /** Path relative to the API base, e.g. "/order/5f0c…". */
  path: string
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  account: SimAccount
}

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  pattern: RegExp
  /** Buckets the request spends; the hourly one when absent. */
  buckets?: BucketName[]
  handle(request: RouteRequest, context: SimContext): SimReply
}
