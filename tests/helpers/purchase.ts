import { expect } from 'vitest'

import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { logger } from '@/lib/logger'
import { createCheckout } from '@/lib/orders/create-checkout'
import { waitFor, type TestStore } from '@/tests/helpers/test-store'

/** Starts a checkout of the first ISP package as the store's customer; returns the order and its Checkout Session. */
export async function startIspCheckout(store: TestStore, { quantity }: { quantity?: number } = {}) {
  const [ispPackage] = await listRetailPackages({ db: store.db, tenant: store.tenant, proxyType: 'Isp' })
  if (!ispPackage) throw new Error('the simulator catalogue has no ISP package')

  const { orderId } = await createCheckout({
    db: store.db,
    tenant: store.tenant,
    customer: store.customer,
    request: { proxyType: 'Isp', packageId: ispPackage.packageId, countryId: ispPackage.locations[0]?.id ?? 0, quantity: quantity ?? ispPackage.minQuantity },
    origin: 'http://shop.test',
    log: logger,
  })
  const { checkoutSessionId } = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
  if (!checkoutSessionId) throw new Error(`order ${orderId} has no Checkout Session`)

  return { orderId, checkoutSessionId }
}

/** Waits until the order reaches `status` (default 30 s). */
export async function waitForOrderStatus(store: TestStore, orderId: string, status: string, timeoutMs = 30_000) {
  return waitFor(async () => {
    const order = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
    return order.status === status ? order : null
  }, timeoutMs)
}

/**
 * Asserts that the order's ledger matches its outcome. A delivered order has exactly one
 * customer payment of its total and one upstream cost. A refunded one nets to zero with
 * no upstream cost.
 */
export async function expectLedgerBalanced(store: TestStore, orderId: string) {
  const order = await store.db.order.findUniqueOrThrow({ where: { id: orderId } })
  const entries = await store.db.ledgerEntry.findMany({ where: { orderId } })
  const sumOf = (kind: string) => entries.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.amountMinor, 0)
  const countOf = (kind: string) => entries.filter((entry) => entry.kind === kind).length

  expect(countOf('CUSTOMER_PAYMENT')).toBe(1)
  expect(sumOf('CUSTOMER_PAYMENT')).toBe(order.totalMinor)
  if (order.status === 'DELIVERED') {
    expect(countOf('UPSTREAM_COST')).toBe(1)
    expect(sumOf('UPSTREAM_COST')).toBe(-order.upstreamCostMinor)
    expect(countOf('CUSTOMER_REFUND')).toBe(0)
  }
  if (order.status === 'REFUNDED') {
    expect(sumOf('CUSTOMER_PAYMENT') + sumOf('CUSTOMER_REFUND')).toBe(0)
    expect(countOf('UPSTREAM_COST')).toBe(0)
  }
}
