import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_RESELLER_API_KEY } from './fixtures'
import { startCatProxiesSimulator, type CatProxiesSimulator } from './server'

// The simulator's wire behaviour, checked with raw fetch so the client's tolerance hides nothing.

const KEY = `cp_${'5e'.repeat(32)}`
let sim: CatProxiesSimulator
let autoSim: CatProxiesSimulator

beforeAll(async () => {
  sim = await startCatProxiesSimulator({ accounts: [{ apiKey: KEY, balanceMinor: 10_00 }], autoProvisionKeys: false, maxStorePageSize: 5 })
  autoSim = await startCatProxiesSimulator({ defaultBalanceMinor: 42_00 })
})

afterAll(async () => {
  await Promise.all([sim.close(), autoSim.close()])
})

async function call(path: string, init: RequestInit & { key?: string | null } = {}) {
  const { key = KEY, ...rest } = init
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (key !== null) headers.Authorization = `Bearer ${key}`
  const response = await fetch(`${sim.baseUrl}${path}`, { ...rest, headers })

  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('simulator authentication', () => {
  it('rejects a missing key with 401 envelope', async () => {
    const { status, body } = await call('/account', { key: null })

    expect(status).toBe(401)
    expect(body).toMatchObject({ type: 'error', status: 401 })
  })

  it('rejects a malformed key with 401', async () => {
    expect((await call('/account', { key: 'cp_1234' })).status).toBe(401)
    expect((await call('/account', { key: `cp_${'g'.repeat(64)}` })).status).toBe(401)
  })

  it('rejects an unknown key when provisioning is off', async () => {
    expect((await call('/account', { key: `cp_${'0'.repeat(64)}` })).status).toBe(401)
  })

  it('provisions an unknown key with the default balance', async () => {
    const response = await fetch(`${autoSim.baseUrl}/account`, { headers: { Authorization: `Bearer ${DEMO_RESELLER_API_KEY}` } })

    expect(response.status).toBe(200)
    expect(autoSim.getBalanceMinor(DEMO_RESELLER_API_KEY)).toBe(42_00)
  })

  it('has a demo key in the documented format', () => {
    expect(DEMO_RESELLER_API_KEY).toMatch(/^cp_[0-9a-f]{64}$/)
  })
})

describe('simulator envelope and routing', () => {
  it('wraps success with type, message, payload and pagination', async () => {
    const { status, body } = await call('/account')

    expect(status).toBe(200)
    expect(body).toMatchObject({ type: 'response', message: 'success', pagination: {} })
    expect(body.payload).toHaveProperty('rateLimits.requestsPerHour', 1000)
  })

  it('returns 404 envelope for unknown path', async () => {
    expect(await call('/nope')).toEqual({ status: 404, body: { type: 'error', message: 'Not found', status: 404 } })
  })

  it('rejects a body that is not JSON', async () => {
    const { status, body } = await call('/order', { method: 'POST', body: '{not json' })

    expect(status).toBe(400)
    expect(body.message).toBe('Invalid JSON body')
  })

  it('requires packageId on POST /order', async () => {
    const { status, body } = await call('/order', { method: 'POST', body: '{}' })

    expect(status).toBe(400)
    expect(body.message).toBe('packageId is required')
  })

  it('does not serve outside the API base', async () => {
    const response = await fetch(sim.baseUrl.replace('/api/v1/public', '/account'))

    expect(response.status).toBe(404)
  })
})

describe('simulator store', () => {
  it('pages with totalPages and caps pageSize', async () => {
    const { body } = await call('/store?proxyType=Isp&page=3&pageSize=100')
    const payload = body.payload as { products: { id: string; packageId: string }[] }

    expect(body.pagination).toEqual({ page: 3, pageSize: 5, totalPages: 3, totalItems: 12 })
    expect(payload.products).toHaveLength(2)
    expect(payload.products[0]?.id).toBe(payload.products[0]?.packageId)
  })

  it('returns an empty page past the end', async () => {
    const { body } = await call('/store?proxyType=Isp&page=9')

    expect((body.payload as { products: unknown[] }).products).toEqual([])
  })

  it('sends some prices as numeric strings', async () => {
    const { body } = await call('/store?proxyType=Isp&pageSize=5')
    const prices = (body.payload as { products: { resellerPrice: unknown }[] }).products.map((item) => typeof item.resellerPrice)

    expect(prices).toContain('string')
    expect(prices).toContain('number')
  })

  it('rejects an unknown proxyType with 400', async () => {
    const { status, body } = await call('/store?proxyType=isp')

    expect(status).toBe(400)
    expect(body.message).toContain('Invalid proxyType "isp"')
  })

  it('rejects a non-numeric page with 400', async () => {
    expect((await call('/store?page=abc')).status).toBe(400)
  })
})

describe('simulator snapshot', () => {
  it('serves the mobile snapshot without a key', async () => {
    const response = await fetch(sim.snapshotUrl)
    const body = (await response.json()) as { countries: unknown[] }

    expect(response.status).toBe(200)
    expect(body.countries.length).toBeGreaterThan(0)
  })
})
