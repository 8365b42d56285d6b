import type { RequestInfo, SimulatorContext } from './context'
import { expandResponse } from './expand'
import type { FormObject } from './form-encoding'
import { findUnsupportedParams } from './params'
import type { Account } from './state'

export type HttpMethod = 'GET' | 'POST' | 'DELETE'

/** One authenticated API request, as a route handler receives it. */
export type ApiRequest = {
  simulator: SimulatorContext
  account: Account
  /** The decoded query string (GET, DELETE) or form body (POST). */
  params: FormObject
  pathParams: Record<string, string>
  /** The request as events record it in their `request` field. */
  requestInfo: RequestInfo
}

export type ApiRoute = {
  method: HttpMethod
  /** Path pattern with `:name` segments, e.g. `/v1/checkout/sessions/:id`. */
  path: string
  /** Returns the JSON body of a 200 response; throws StripeApiError for error responses. */
  handle: (request: ApiRequest) => object
}

export type RouteMatch = { route: ApiRoute; pathParams: Record<string, string> }

export function matchRoute(routes: ApiRoute[], method: string, pathname: string): RouteMatch | undefined {
  const segments = pathname.split('/')
  for (const route of routes) {
    if (route.method !== method) {
      continue
    }
    const pathParams = matchPath(route.path.split('/'), segments)
    if (pathParams !== undefined) {
      return { route, pathParams }
    }
  }

  return undefined
}

/** Returns a path parameter that the route pattern guarantees. */
export function pathParam(request: ApiRequest, name: string): string {
  const value = request.pathParams[name]
  if (value === undefined) {
    throw new Error(`Route pattern has no :${name} segment`)
  }

  return value
}

/** Applies `expand[]` to a handler's response (see expand.ts). */
export function withExpand(request: ApiRequest, response: object, expand: string[] | undefined): object {
  return expand === undefined || expand.length === 0 ? response : expandResponse(request.account, response, expand)
}

/**
 * Logs top-level parameters that the simulator accepts but ignores. Stripe would apply them (or reject
 * unknown ones), so a test relying on one of them would pass here for the wrong reason.
 */
export function logUnsupportedParams(request: ApiRequest, shape: Record<string, unknown>, route: string): void {
  const ignored = findUnsupportedParams(shape, request.params)
  if (ignored.length > 0) {
    request.simulator.logger.info({ requestId: request.requestInfo.id, route, ignored }, 'ignoring parameters the simulator does not model')
  }
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) {
    return undefined
  }

  const pathParams: Record<string, string> = {}
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? ''
    if (part.startsWith(':')) {
      const decoded = decodePathSegment(segment)
      if (decoded === undefined || decoded === '') {
        return undefined
      }
      pathParams[part.slice(1)] = decoded
    } else if (part !== segment) {
      return undefined
    }
  }

  return pathParams
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
