import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { proxy } from '@/proxy'

function requestFor(url: string, host: string) {
  return new NextRequest(url, { headers: { host } })
}

describe('proxy', () => {
  it.each([
    ['http://localhost:3000/', 'localhost:3000', '/storefront/localhost'],
    ['https://shop.example.com/', 'WWW.Shop.Example.com', '/storefront/shop.example.com'],
    ['http://127.0.0.1:3000/', '127.0.0.1:3000', '/storefront/127.0.0.1'],
  ])('rewrites %s to the cached catalogue', (url, host, expectedPath) => {
    const response = proxy(requestFor(url, host))

    expect(new URL(response.headers.get('x-middleware-rewrite') ?? '').pathname).toBe(expectedPath)
  })

  it('leaves a filtered catalogue to the dynamic page', () => {
    const response = proxy(requestFor('http://localhost:3000/?type=Isp', 'localhost:3000'))

    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it.each(['evil..example', 'shop example.com', '[::1]:3000'])('does not rewrite for host %j', (host) => {
    const response = proxy(requestFor('http://localhost:3000/', host))

    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
  })

  it("hides another host's cached catalogue", () => {
    const response = proxy(requestFor('http://localhost:3000/storefront/other.example', 'localhost:3000'))

    expect(response.status).toBe(404)
  })

  it('lets the rewritten request through with its mark', () => {
    const rewrite = proxy(requestFor('http://shop.example.com/', 'shop.example.com'))
    const mark = rewrite.headers.get('x-middleware-request-x-storefront-rewrite') ?? ''
    const rewritten = new NextRequest('http://shop.example.com/storefront/shop.example.com', { headers: { host: 'localhost', 'x-storefront-rewrite': mark } })

    expect(mark).toMatch(/^[0-9a-f]{64}$/)
    expect(proxy(rewritten).headers.get('x-middleware-next')).toBe('1')
  })

  it('rejects a forged rewrite mark', () => {
    const forged = new NextRequest('http://localhost:3000/storefront/other.example', { headers: { host: 'localhost:3000', 'x-storefront-rewrite': 'f'.repeat(64) } })

    expect(proxy(forged).status).toBe(404)
  })
})
