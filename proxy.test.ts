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

  it('lets the rewritten request for its own host through', () => {
    const response = proxy(requestFor('http://localhost:3000/storefront/localhost', 'localhost:3000'))

    expect(response.headers.get('x-middleware-next')).toBe('1')
  })
})
