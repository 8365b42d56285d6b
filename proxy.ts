import { NextResponse, type NextRequest } from 'next/server'

import { normalizeHost } from '@/lib/tenants/normalize-host'

const CACHED_STOREFRONT_PREFIX = '/storefront/'

/**
 * Serves a storefront's unfiltered home page from the cached, per-host catalogue route.
 * It routes only; it is not an access check, and every page and route handler resolves
 * the tenant and the signed-in user again.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl

  const host = normalizeHost(request.headers.get('host'))

  // The cached route exists for rewrites only; asking for it directly could show one
  // tenant's catalogue under another tenant's host. Next.js runs the proxy again for the
  // rewritten path, so only a path naming the request's own host passes.
  if (pathname.startsWith(CACHED_STOREFRONT_PREFIX)) {
    const isOwnHost = host !== null && pathname === `${CACHED_STOREFRONT_PREFIX}${encodeURIComponent(host)}`
    return isOwnHost ? NextResponse.next() : new NextResponse('Not found', { status: 404 })
  }

  if (pathname === '/' && search === '' && host) {
    return NextResponse.rewrite(new URL(`${CACHED_STOREFRONT_PREFIX}${encodeURIComponent(host)}`, request.url))
  }

  return NextResponse.next()
}

export const config = {
  matcher: ['/', '/storefront/:path*'],
}
