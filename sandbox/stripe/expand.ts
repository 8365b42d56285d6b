import { invalidParam } from './api-error'
import type { SimulatedList } from './objects/checkout-session'
import type { Account } from './state'

const MAX_EXPAND_DEPTH = 4

/**
 * Applies Stripe's `expand[]` to a response: each dotted path replaces an id field with the object it
 * names (`payment_intent`, `payment_intent.latest_charge`, `data.charge` on lists). A session's
 * `line_items` expands to its list of items. Returns a copy and leaves the stored object unchanged.
 * Throws a 400 naming `expand` for a path that is not an expandable id field.
 */
export function expandResponse(account: Account, response: object, paths: string[]): object {
  const copy = structuredClone(response) as Record<string, unknown>
  for (const path of paths) {
    const segments = path.split('.')
    if (segments.length > MAX_EXPAND_DEPTH) {
      throw invalidParam('expand', `You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property (${path}).`)
    }
    expandPath(account, copy, segments, path)
  }

  return copy
}

function expandPath(account: Account, target: Record<string, unknown>, segments: string[], fullPath: string): void {
  const [field, ...rest] = segments
  if (field === undefined) {
    return
  }

  // List responses expand inside every item: `data.payment_intent`.
  if (field === 'data' && target.object === 'list' && Array.isArray(target.data)) {
    for (const item of target.data as Array<Record<string, unknown>>) {
      expandPath(account, item, rest, fullPath)
    }

    return
  }

  if (field === 'line_items' && target.object === 'checkout.session' && typeof target.id === 'string') {
    target.line_items = listLineItems(account, target.id)
    if (rest.length > 0) {
      expandPath(account, target.line_items as Record<string, unknown>, rest, fullPath)
    }

    return
  }

  const value = target[field]
  if (value === null && Object.hasOwn(target, field)) {
    return
  }
  const expanded = typeof value === 'string' ? findObjectById(account, value) : isObject(value) ? value : undefined
  if (expanded === undefined) {
    throw invalidParam('expand', `This property cannot be expanded (${fullPath}).`)
  }

  const copy = structuredClone(expanded)
  target[field] = copy
  if (rest.length > 0) {
    expandPath(account, copy, rest, fullPath)
  }
}

/** Returns the session's line items as a Stripe list object, always as a single page. */
export function listLineItems(account: Account, sessionId: string): SimulatedList<unknown> {
  return {
    object: 'list',
    data: account.sessions.get(sessionId)?.lineItems ?? [],
    has_more: false,
    url: `/v1/checkout/sessions/${sessionId}/line_items`,
  }
}

function findObjectById(account: Account, id: string): Record<string, unknown> | undefined {
  const prefix = id.slice(0, id.indexOf('_') + 1)
  switch (prefix) {
    case 'pi_':
      return account.paymentIntents.get(id)
    case 'ch_':
      return account.charges.get(id)
    case 're_':
      return account.refunds.get(id)
    case 'dp_':
      return account.disputes.get(id)
    case 'cs_':
      return account.sessions.get(id)?.session
    default:
      return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
