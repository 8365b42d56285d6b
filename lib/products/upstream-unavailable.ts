import { CatProxiesError } from '@/lib/catproxies/errors'
import { AppError } from '@/lib/errors/app-error'
import { UpstreamCacheUnavailableError } from '@/lib/upstream-cache/upstream-cache-unavailable-error'

/**
 * Turns a failure to read CatProxies data (nothing cached and upstream failed, rate
 * limited or out of budget) into `temporarily_unavailable` with `userMessage`. Any other
 * error is returned unchanged, so callers can write `throw toUnavailable(error, …)`.
 */
export function toUnavailable(error: unknown, userMessage: string): unknown {
  if (!(error instanceof CatProxiesError) && !(error instanceof UpstreamCacheUnavailableError)) return error

  return new AppError('temporarily_unavailable', `CatProxies data could not be read: ${error.message}`, { userMessage, cause: error })
}
