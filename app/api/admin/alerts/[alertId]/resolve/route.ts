// POST /api/admin/alerts/:alertId/resolve — staff: mark an alert as handled.
import { NextResponse } from 'next/server'

import { resolveStaffRoute } from '@/app/_lib/route-context'
import { resolveAlert } from '@/lib/admin/resolve-alert'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'

export async function POST(request: Request, { params }: { params: Promise<{ alertId: string }> }) {
  try {
    const { alertId } = await params
    const { db, tenant } = await resolveStaffRoute(request, 'POST /api/admin/alerts/:alertId/resolve')
    await resolveAlert({ db, tenantId: tenant.id, alertId })

    return NextResponse.json({ ok: true })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
