// GET /api/catalogue/residential-targeting — countries, US states and cities for residential
// proxy strings, read from the cache.
import { NextResponse } from 'next/server'

import { resolveTenantRoute } from '@/app/_lib/route-context'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { readResidentialTargeting } from '@/lib/products/read-residential-targeting'

export async function GET(request: Request) {
  try {
    const { db, tenant } = await resolveTenantRoute(request, 'GET /api/catalogue/residential-targeting')
    const targeting = await readResidentialTargeting({ db, tenantId: tenant.id })

    return NextResponse.json({ targeting }, { headers: { 'cache-control': 'private, max-age=300' } })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
