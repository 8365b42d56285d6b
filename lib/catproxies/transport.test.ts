import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { createCatProxiesClient } from './client'
import { CatProxiesNetworkError, CatProxiesNotFoundError, CatProxiesResponseError, CatProxiesServerError } from './errors'

// The transport and paging rules, with a fake fetch so every reply can be shaped exactly.
// The base URL is never contacted, because the fake fetch returns every reply itself.

const API_KEY = `cp_${'e5'.repeat(32)}`
const BASE_URL = 'http://127.0.0.1:9/api/v1/public'

type Captured = { url: string; init: RequestInit }

function fakeClient(reply: (url: URL) => Response | Promise<Response>, extra: { mobileTargetingSnapshotUrl?: string; onResponse?: () => void } = {}) {
  const calls: Captured[] = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} })
    return reply(new URL(String(input)))
  }) as typeof globalThis.fetch
  const client = createCatProxiesClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, logger: pino({ level: 'silent' }), ...extra })

  return { client, calls }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function storePage(ids: string[], totalPages: unknown) {
  return json({ type: 'response', payload: { products: ids.map((id) => ({ id, proxyType: 'Isp', resellerPrice: '1' })) }, pagination: { totalPages } })
}

describe('transport', () => {
  it('sends bearer auth, JSON headers and no body on GET', async () => {
    const { client, calls } = fakeClient(() => json({ type: 'response', payload: { rateLimits: null } }))
    await client.getAccount()
    const headers = calls[0]?.init.headers as Record<string, string>

    expect(calls[0]?.url).toBe(`${BASE_URL}/account`)
    expect(headers.Authorization).toBe(`Bearer ${API_KEY}`)
    expect(headers.Accept).toBe('application/json')
    expect(calls[0]?.init.body).toBeUndefined()
  })

  it('rejects a 2xx body that is not JSON', async () => {
    const { client } = fakeClient(() => new Response('<html>', { status: 200 }))
    const error = await client.getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesResponseError)
    expect((error as CatProxiesResponseError).fieldPath).toBe('(body)')
  })

  it('maps an HTML 502 to a server error', async () => {
    const { client } = fakeClient(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    const error = await client.getAccount().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(CatProxiesServerError)
    expect((error as CatProxiesServerError).upstreamMessage).toBeNull()
  })

  it('treats an error envelope sent with 200 as an error', async () => {
    const { client } = fakeClient(() => json({ type: 'error', message: 'Order not found', status: 404 }))

    await expect(client.getOrder('abc')).rejects.toBeInstanceOf(CatProxiesNotFoundError)
  })

  it('classifies refused and reset connections', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })

    const refusedError = await fakeClient(() => Promise.reject(refused)).client.getAccount().catch((caught: unknown) => caught)
    const resetError = await fakeClient(() => Promise.reject(reset)).client.getAccount().catch((caught: unknown) => caught)

    expect((refusedError as CatProxiesNetworkError).mayHaveReachedUpstream).toBe(false)
    expect((resetError as CatProxiesNetworkError).mayHaveReachedUpstream).toBe(true)
  })

  it('does not send the key to a snapshot on another origin', async () => {
    const { client, calls } = fakeClient(() => json({ countries: [] }), { mobileTargetingSnapshotUrl: 'http://127.0.0.2:9/snapshot.json' })
    await client.getMobileTargetingSnapshot()

    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('keeps the result when onResponse throws', async () => {
    const { client } = fakeClient(() => json({ type: 'response', payload: { balance: 1 } }), { onResponse: () => { throw new Error('hook broke') } })

    expect((await client.getAccount()).balanceMinor).toBe(100)
  })

  it('omits blank query parameters', async () => {
    const { client, calls } = fakeClient(() => json({ type: 'response', payload: { isps: [] } }))
    await client.listMobileIsps({ countryId: 1 })

    expect(calls[0]?.url).toBe(`${BASE_URL}/mobile-targeting-options/isps?countryId=1`)
  })
})

describe('store paging', () => {
  it('requests every page and drops duplicates', async () => {
    const { client, calls } = fakeClient((url) => (url.searchParams.get('page') === '1' ? storePage(['a', 'b'], 2) : storePage(['b', 'c'], 2)))
    const packages = await client.listStorePackages({ proxyType: 'Isp' })

    expect(packages.map((item) => item.packageId)).toEqual(['a', 'b', 'c'])
    expect(calls.map((call) => new URL(call.url).search)).toEqual(['?proxyType=Isp&page=1&pageSize=100', '?proxyType=Isp&page=2&pageSize=100'])
  })

  it.each([
    ['above 1000', 1001],
    ['negative', -1],
  ])('rejects totalPages %s', async (_name, totalPages) => {
    const error = await fakeClient(() => storePage(['a'], totalPages)).client.listStorePackages().catch((caught: unknown) => caught)

    expect((error as CatProxiesResponseError).fieldPath).toBe('pagination.totalPages')
  })

  it('rejects totalPages 0 with products', async () => {
    const error = await fakeClient(() => storePage(['a'], 0)).client.listStorePackages().catch((caught: unknown) => caught)

    expect((error as CatProxiesResponseError).message).toContain('is 0 but the first page has 1 items')
  })

  it('accepts totalPages 0 with no products', async () => {
    await expect(fakeClient(() => storePage([], 0)).client.listStorePackages()).resolves.toEqual([])
  })

  it('reads one page when pagination is missing', async () => {
    const { client, calls } = fakeClient(() => json({ type: 'response', payload: { products: [] } }))
    await client.listStorePackages()

    expect(calls).toHaveLength(1)
  })
})
