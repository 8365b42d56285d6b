import { z } from 'zod'

import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import type { Logger } from '@/lib/logger'
import { getTenantCatProxiesClient } from '@/lib/tenants/get-tenant-catproxies-client'
import { readThroughCache } from '@/lib/upstream-cache/read-through-cache'

// The balance is read upstream at most once a minute per tenant. Orders placed since then
// are subtracted locally, so a burst of checkouts costs no extra requests.
const BALANCE_FRESH_FOR_MS = 60_000
// Open checkouts younger than this count as committed, because the customer may pay at any
// moment. NOTE: an abandoned checkout keeps its share of the balance reserved for this long.
const OPEN_CHECKOUT_RESERVATION_MS = 30 * 60_000

const ZBalanceSnapshot = z.object({ balanceMinor: z.number().int().nullable(), fetchedAt: z.iso.datetime() })

export type AssertCanFulfilInput = {
  db: Database
  tenantId: string
  /** Upstream cost of this order to the tenant, in minor units, or null when not known yet. */
  upstreamCostMinor: number | null
  log: Logger
}

/**
 * Checks, before any money is taken, that the tenant's CatProxies balance covers this
 * order plus every order paid or being paid but not yet debited upstream. Throws
 * `temporarily_unavailable` when it does not, so the item is shown as unavailable and
 * the customer pays nothing.
 * When upstream does not report a balance, or the cost is unknown, the check passes
 * with a warning.
 */
export async function assertCanFulfil({ db, tenantId, upstreamCostMinor, log }: AssertCanFulfilInput): Promise<void> {
  if (upstreamCostMinor === null) {
    log.warn({ tenantId }, 'upstream cost of this order is unknown; skipping the balance check')
    return
  }

  const snapshot = await readThroughCache({
    db,
    tenantId,
    cacheKey: 'account:balance',
    freshForMs: BALANCE_FRESH_FOR_MS,
    parse: (stored) => ZBalanceSnapshot.parse(stored),
    load: async () => {
      const client = await getTenantCatProxiesClient({ db, tenantId })
      const account = await client.getAccount()
      return { balanceMinor: account.balanceMinor, fetchedAt: new Date().toISOString() }
    },
  })
  if (snapshot.balanceMinor === null) {
    log.warn({ tenantId }, 'CatProxies did not report a balance; skipping the balance check')
    return
  }

  const committedMinor = await sumCommittedUpstreamCost({ db, tenantId, balanceFetchedAt: new Date(snapshot.fetchedAt) })
  const availableMinor = snapshot.balanceMinor - committedMinor
  if (availableMinor >= upstreamCostMinor) return

  log.warn({ tenantId, balanceMinor: snapshot.balanceMinor, committedMinor, upstreamCostMinor }, 'checkout rejected: reseller balance too low for this order')
  throw new AppError('temporarily_unavailable', `Tenant ${tenantId} balance cannot cover ${upstreamCostMinor} more`, {
    userMessage: 'This item is temporarily unavailable. You have not been charged; please try again later.',
  })
}

async function sumCommittedUpstreamCost({ db, tenantId, balanceFetchedAt }: { db: Database; tenantId: string; balanceFetchedAt: Date }): Promise<number> {
  const [notYetDebited, openCheckouts, debitedSinceSnapshot] = await db.$transaction([
    db.order.aggregate({ where: { tenantId, status: { in: ['PAID', 'PLACING', 'RETRYING'] } }, _sum: { upstreamCostMinor: true } }),
    db.order.aggregate({
      where: { tenantId, status: 'AWAITING_PAYMENT', createdAt: { gt: new Date(Date.now() - OPEN_CHECKOUT_RESERVATION_MS) } },
      _sum: { upstreamCostMinor: true },
    }),
    db.order.aggregate({ where: { tenantId, placedAt: { gt: balanceFetchedAt } }, _sum: { upstreamCostMinor: true } }),
  ])

  return (notYetDebited._sum.upstreamCostMinor ?? 0) + (openCheckouts._sum.upstreamCostMinor ?? 0) + (debitedSinceSnapshot._sum.upstreamCostMinor ?? 0)
}
