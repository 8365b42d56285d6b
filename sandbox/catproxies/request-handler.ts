import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

import { formatMinorAsDecimal } from '@/lib/money/money'
import type { Route, SimContext } from './context'
import type { FaultRegistry } from './faults'
import { readJsonBody, sendError, sendJson, sendSuccess, SimHttpError } from './http'
import { getBucketStatus, spendRequest } from './rate-limits'
import { ROUTES } from './routes'
import { buildMobileTargetingSnapshot } from './fixtures-targeting'
import { addAccount, API_KEY_PATTERN, findAccount, type SimAccount, type SimState } from './state'

/** Path of the offline mobile targeting snapshot in the simulator. Upstream's URL is not documented. */
export const SNAPSHOT_PATH = '/mobile-targeting-snapshot.json'

export type HandlerDependencies = {
  context: SimContext
  faults: FaultRegistry
  settings: { autoProvisionKeys: boolean; defaultBalanceMinor: number }
  basePath: string
}

/**
 * Handles one request in upstream's order of checks: key, route, rate limit, injected
 * fault, then the route handler. Every reply is an envelope, and none is a bare
 * status.
 */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, deps: HandlerDependencies): Promise<void> {
  try {
    await routeRequest(request, response, deps)
  } catch (error) {
    if (!(error instanceof SimHttpError) || response.headersSent) throw error
    sendError(response, error.status, error.message)
  }
}

async function routeRequest(request: IncomingMessage, response: ServerResponse, deps: HandlerDependencies): Promise<void> {
  const { context, faults, settings, basePath } = deps
  const method = request.method ?? 'GET'
  const url = new URL(request.url ?? '/', 'http://simulator.invalid')
  if (method === 'GET' && url.pathname === SNAPSHOT_PATH) return sendJson(response, 200, buildMobileTargetingSnapshot(context.clock.now()))
  if (!url.pathname.startsWith(`${basePath}/`)) return sendError(response, 404, 'Not found')

  const path = url.pathname.slice(basePath.length)
  const apiKey = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null
  if (apiKey === null) return sendError(response, 401, 'Unauthorized: missing API key, send "Authorization: Bearer cp_…"')

  logRequest(context.state, apiKey, method, path, context.clock.nowMs())
  if (!API_KEY_PATTERN.test(apiKey)) return sendError(response, 401, 'Unauthorized: invalid API key format')

  const account = resolveAccount(context.state, apiKey, settings)
  if (account === null) return sendError(response, 401, 'Unauthorized: unknown API key')
  if (!account.isReseller) return sendError(response, 403, 'Forbidden: not a reseller account')

  const match = matchRoute(method, path)
  if (match === null) return sendError(response, 404, 'Not found')

  const nowMs = context.clock.nowMs()
  const limited = spendRequest(account, match.route.buckets ?? ['hourly'], nowMs)
  if (limited !== null) return sendRateLimited(response, limited.status.resetAtMs, limited.exhausted)

  const fault = faults.take(method, path)
  if (fault?.kind === 'latency') await sleep(fault.latencyMs ?? 0)
  // The connection stays open until the client aborts or the simulator closes.
  if (fault?.kind === 'timeout') return
  if (fault?.kind === 'error500') return sendError(response, 500, 'Something went wrong')
  if (fault?.kind === 'rateLimit') {
    const resetAtMs = fault.resetInMs === undefined ? getBucketStatus(account, 'hourly', nowMs).resetAtMs : nowMs + fault.resetInMs
    return sendRateLimited(response, resetAtMs, 'hourly')
  }
  if (fault?.kind === 'insufficientBalance') {
    const available = formatMinorAsDecimal(Math.max(0, account.balanceMinor))
    const required = formatMinorAsDecimal(Math.max(0, account.balanceMinor) + 100)
    return sendError(response, 400, `Insufficient balance. Required: $${required}, Available: $${available}`)
  }

  const body = await readJsonBody(request)
  const reply = match.route.handle({ method, path, params: match.params, query: url.searchParams, body, account }, context)
  if (fault?.kind === 'dropAfterCreate') {
    response.socket?.destroy()
    return
  }
  if (fault?.kind === 'delayAfterCreate') await sleep(fault.latencyMs ?? 0)
  sendSuccess(response, reply)
}

function resolveAccount(state: SimState, apiKey: string, settings: HandlerDependencies['settings']): SimAccount | null {
  const account = findAccount(state, apiKey)
  if (account !== null || !settings.autoProvisionKeys) return account

  return addAccount(state, { apiKey, balanceMinor: settings.defaultBalanceMinor })
}

function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const match = route.pattern.exec(path)
    if (match) return { route, params: decodeParams(match.groups ?? {}) }
  }

  return null
}

function decodeParams(groups: Record<string, string | undefined>): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(groups)) {
    if (value === undefined) continue
    try {
      params[name] = decodeURIComponent(value)
    } catch {
      throw new SimHttpError(400, `Invalid URL encoding in ${name}`)
    }
  }

  return params
}

function sendRateLimited(response: ServerResponse, resetAtMs: number, bucket: 'hourly' | 'mobileTargeting'): void {
  const resetAt = new Date(resetAtMs).toISOString()
  const scope = bucket === 'hourly' ? '1000 requests per hour' : '60 mobile targeting requests per 10 minutes'
  sendError(response, 429, `Rate limit exceeded (${scope}). Resets at ${resetAt}`)
}

function logRequest(state: SimState, apiKey: string, method: string, path: string, atMs: number): void {
  const key = apiKey.toLowerCase()
  const entries = state.requestLog.get(key) ?? []
  entries.push({ method, path, atMs })
  state.requestLog.set(key, entries)
}
