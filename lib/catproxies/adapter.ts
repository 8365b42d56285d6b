/**
 * The only entry point to code that reads raw CatProxies JSON. Each parser turns one
 * upstream reply into the domain types of `types.ts`. Upstream shapes that are guessed
 * rather than documented are absorbed here, so a correction touches only this folder.
 */
export { parseAccount } from './adapter/account'
export { isErrorEnvelope, parseErrorEnvelope, parseSuccessEnvelope } from './adapter/envelope'
export type { ErrorEnvelope, SuccessEnvelope } from './adapter/envelope'
export { parseOrder, parseOrderObject, parseOrderProxies } from './adapter/order'
export { parseProxyLines } from './adapter/proxy-lines'
export type { LineDefaults } from './adapter/proxy-lines'
export { parseStorePage } from './adapter/store'
export type { SkippedProduct, StorePage } from './adapter/store'
export { normalizeProxyType } from './adapter/values'
export { assertId, buildCreateOrderRequest } from './adapter/order-requests'
export type { CreateOrderRequest } from './adapter/order-requests'
export { parseDatacenterCountries, parseServers } from './adapter/gateways'
export {
  parseExtendOptions,
  parseOrderPage,
  parsePasswordReset,
  parseUnlimitedMetrics,
  parseUsageStats,
  parseWhitelist,
} from './adapter/order-management'
export { parseMobileTargetingSnapshot, parseResidentialTargeting, parseTargetingList } from './adapter/targeting'
