// POST /api/admin/orders/:orderId/refund — staff: refund an order in full through Stripe.
import { NextResponse } from 'next/server'

import { resolveStaffRoute } from '@/app/_lib/route-context'
import { refundOrderByStaff } from '@/lib/admin/refund-order-by-staff'
import { toErrorResponse } from '@/lib/errors/error-response'
import { getJobQueue } from '@/lib/jobs/get-job-queue'
import { logger } from '@/lib/logger'

export async function POST(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  try {
    const { orderId } = await params
    const { db, tenant, staff, log } = await resolveStaffRoute(request, 'POST /api/admin/orders/:orderId/refund')
    await refundOrderByStaff({ db, jobs: await getJobQueue(), tenantId: tenant.id, orderId, staffEmail: staff.email })
    log.info({ orderId }, 'staff action: refund')

    return NextResponse.json({ ok: true }, { status: 202 })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
