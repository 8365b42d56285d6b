// POST /api/admin/orders/:orderId/retry — staff: send an order that needs attention back to fulfilment.
import { NextResponse } from 'next/server'

import { resolveStaffRoute } from '@/app/_lib/route-context'
import { retryOrder } from '@/lib/admin/retry-order'
import { toErrorResponse } from '@/lib/errors/error-response'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { logger } from '@/lib/logger'

export async function POST(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  try {
    const { orderId } = await params
    const { db, tenant, staff, log } = await resolveStaffRoute(request, 'POST /api/admin/orders/:orderId/retry')
    await retryOrder({ db, jobs: await getJobQueue(), tenantId: tenant.id, orderId, staffEmail: staff.email })
    log.info({ orderId }, 'staff action: retry')

    return NextResponse.json({ ok: true }, { status: 202 })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
