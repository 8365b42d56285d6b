import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Database } from '@/lib/db/prisma'
import type { OrderStatus } from '@/lib/generated/prisma/enums'
import { IllegalOrderTransitionError, ORDER_TRANSITIONS, transitionOrder } from '@/lib/orders/transition-order'
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-database'

let database: TestDatabase
let db: Database
let tenantId: string
let customerId: string

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  const tenant = await db.tenant.create({ data: { slug: `sm-${randomBytes(3).toString('hex')}`, name: 'State machine' } })
  const customer = await db.customer.create({ data: { tenantId: tenant.id, email: 'sm@example.com', passwordHash: 'x' } })
  tenantId = tenant.id
  customerId = customer.id
})

afterAll(async () => {
  await database?.drop()
})

async function createOrder() {
  return db.order.create({
    data: {
      tenantId,
      customerId,
      proxyType: 'Isp',
      packageId: 'pkg',
      packageTitle: 'Static ISP',
      quantity: 1,
      unitPriceMinor: 100,
      totalMinor: 100,
      upstreamUnitCostMinor: 80,
      upstreamCostMinor: 80,
    },
  })
}

describe('order state machine', () => {
  it('matches the transition table in the database', async () => {
    const rows = await db.orderStatusTransition.findMany()
    const fromDatabase = rows.map((row) => `${row.fromStatus}->${row.toStatus}`).sort()
    const fromCode = Object.entries(ORDER_TRANSITIONS)
      .flatMap(([from, targets]) => targets.map((to) => `${from}->${to}`))
      .sort()

    expect(fromDatabase).toEqual(fromCode)
  })

  it('moves an order and records the timeline', async () => {
    const order = await createOrder()

    const isMoved = await db.$transaction((tx) =>
      transitionOrder({ tx, tenantId, orderId: order.id, from: 'AWAITING_PAYMENT', to: 'PAID', message: 'Payment received' }),
    )

    expect(isMoved).toBe(true)
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } })
    expect(stored.status).toBe('PAID')
    expect(stored.previousStatus).toBe('AWAITING_PAYMENT')
    expect(stored.events.map((event) => event.status)).toEqual(['PAID'])
  })

  it('returns false when the order left the expected status', async () => {
    const order = await createOrder()

    const isMoved = await db.$transaction((tx) =>
      transitionOrder({ tx, tenantId, orderId: order.id, from: 'PAID', to: 'PLACING', message: 'Placing' }),
    )

    expect(isMoved).toBe(false)
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('AWAITING_PAYMENT')
  })

  it('rejects an illegal change in code', async () => {
    const order = await createOrder()

    await expect(
      db.$transaction((tx) => transitionOrder({ tx, tenantId, orderId: order.id, from: 'AWAITING_PAYMENT', to: 'DELIVERED', message: 'x' })),
    ).rejects.toBeInstanceOf(IllegalOrderTransitionError)
  })

  it.each<[OrderStatus, OrderStatus]>([
    ['AWAITING_PAYMENT', 'DELIVERED'],
    ['REFUNDED', 'PLACING'],
    ['EXPIRED', 'PAID'],
  ])('database rejects %s -> %s written directly', async (from, to) => {
    const order = await createOrder()

    await expect(db.order.update({ where: { id: order.id }, data: { status: to, previousStatus: from } })).rejects.toThrow(/foreign key/i)
  })
})
