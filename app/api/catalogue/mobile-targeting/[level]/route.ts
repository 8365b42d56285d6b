// GET /api/catalogue/mobile-targeting/:level?countryId=&regionId=&cityId= — one level of
// Rotating Mobile targeting (countries, regions, cities or carriers), read from the cache.
import { NextResponse } from 'next/server'

import { resolveTenantRoute } from '@/app/_lib/route-context'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { readMobileTargetingLevel, ZMobileTargetingQuery } from '@/lib/products/read-mobile-targeting-level'

export async function GET(request: Request, { params }: { params: Promise<{ level: string }> }) {
  try {
    const { level } = await params
    const { db, tenant } = await resolveTenantRoute(request, 'GET /api/catalogue/mobile-targeting/:level')
    const searchParams = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ''))
    const query = ZMobileTargetingQuery.parse({ ...searchParams, level })
    const options = await readMobileTargetingLevel({ db, tenantId: tenant.id, query })

    return NextResponse.json({ options }, { headers: { 'cache-control': 'private, max-age=300' } })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
