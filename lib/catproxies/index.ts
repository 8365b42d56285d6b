/** Public surface of the CatProxies reseller API client. */
export { CATPROXIES_LIVE_BASE_URL, createCatProxiesClient } from './client'
export type { CatProxiesClient, CatProxiesClientOptions } from './client'
export * from './errors'
export type { CallKind, CatProxiesRequestInfo, CatProxiesResponseInfo, RateBucket } from './transport'
export * from './types'
