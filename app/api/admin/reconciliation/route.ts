// POST /api/admin/reconciliation — staff: queue a reconciliation run for this tenant now.
import { NextResponse } from 'next/server'

import { resolveStaffRoute } from '@/app/_lib/route-context'
import { toErrorResponse } from '@/lib/errors/error-response'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { enqueueTenantReconciliation } from '@/lib/jobs/job-queue'
import { logger } from '@/lib/logger'

export async function POST(request: Request) {
  try {
    const { tenant, log } = await resolveStaffRoute(request, 'POST /api/admin/reconciliation')
    await enqueueTenantReconciliation(await getJobQueue(), { tenantId: tenant.id })
    log.info('staff action: reconciliation queued')

    return NextResponse.json({ ok: true }, { status: 202 })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
