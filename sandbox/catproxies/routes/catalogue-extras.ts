import type { Route } from '../context'
import { GATEWAY_SERVERS } from '../fixtures-network'
import { RESIDENTIAL_TARGETING } from '../fixtures-targeting'

/**
 * GET /servers (Unlimited Residential gateways), GET /datacenterp-countries (stock that
 * datacenter orders draw down) and GET /gresi-targeting-options (Standard Residential).
 */
export const catalogueExtraRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/servers$/,
    handle() {
      return { payload: { servers: GATEWAY_SERVERS.map((server) => ({ ...server })) } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/datacenterp-countries$/,
    handle(_request, context) {
      const countries = [...context.state.datacenterStock.entries()].map(([code, available]) => ({
        code,
        name: new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
        available,
      }))

      return { payload: { countries } }
    },
  },
  {
    method: 'GET',
    pattern: /^\/gresi-targeting-options$/,
    handle() {
      return { payload: structuredClone(RESIDENTIAL_TARGETING) }
    },
  },
]
