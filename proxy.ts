import { createHash } from 'node:crypto'

import { NextResponse, type NextRequest } from 'next/server'

import { normalizeHost } from '@/lib/tenants/normalize-host'

const CACHED_STOREFRONT_PREFIX = '/storefront/'
const REWRITE_MARK_HEADER = 'x-storefront-rewrite'

// Proves that a request for the cached route came from the rewrite below and not from a
// client. It is keyed with the session secret, so a client cannot compute it.
function rewriteMark(path: string): string {
  return createHash('sha256').update(`${process.env.NEXTAUTH_SECRET ?? ''}\n${path}`).digest('hex')
}

/**
 * Serves a storefront's unfiltered home page from the cached, per-host catalogue route.
 * It routes only; it is not an access check, and every page and route handler resolves
 * the tenant and the signed-in user again.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl

  // The cached route exists for rewrites only; asking for it directly could show one
  // tenant's catalogue under another tenant's host. Next.js runs the proxy again for the
  // rewritten path, and that request carries the mark set below.
  if (pathname.startsWith(CACHED_STOREFRONT_PREFIX)) {
    const isRewrite = request.headers.get(REWRITE_MARK_HEADER) === rewriteMark(pathname)
    return isRewrite ? NextResponse.next() : new NextResponse('Not found', { status: 404 })
  }

  const host = normalizeHost(request.headers.get('host'))
  if (pathname === '/' && search === '' && host) {
    const path = `${CACHED_STOREFRONT_PREFIX}${encodeURIComponent(host)}`
    const headers = new Headers(request.headers)
    headers.set(REWRITE_MARK_HEADER, rewriteMark(path))

    return NextResponse.rewrite(new URL(path, request.url), { request: { headers } })
  }

  return NextResponse.next()
}

export const config = {
  matcher: ['/', '/storefront/:path*'],
}
