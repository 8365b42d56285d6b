// GET /api/orders/:orderId/credentials?format=ip-port-user-pass|user-pass-at-ip-port|url&file=txt|csv
// — the order's proxies as a download: one line per IP, or the gateway's default login.
import { resolveCustomerRoute } from '@/app/_lib/route-context'
import { AppError } from '@/lib/errors/app-error'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { getCustomerOrderOrThrow } from '@/lib/orders/get-customer-order'
import { toCredentialsCsv, toCredentialsText } from '@/lib/products/credentials-export'
import { ZCredentialsExportQuery } from '@/lib/products/credentials-export-query'

export async function GET(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  try {
    const { orderId } = await params
    const { db, tenant, customer } = await resolveCustomerRoute(request, 'GET /api/orders/:orderId/credentials')
    const query = ZCredentialsExportQuery.parse(Object.fromEntries(new URL(request.url).searchParams))
    const order = await getCustomerOrderOrThrow({ db, tenantId: tenant.id, customerId: customer.id, orderId })
    if (!order.credentials || order.credentials.lines.length === 0) {
      throw new AppError('conflict', `Order ${orderId} has no credentials yet`, { userMessage: 'This order has no credentials yet.' })
    }

    const file = query.file === 'csv' ? toCredentialsCsv(order.credentials.lines, query.format) : toCredentialsText(order.credentials.lines, query.format)

    return new Response(file.body, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="proxies-${order.id.slice(0, 8)}.${file.extension}"`,
        'cache-control': 'no-store',
      },
    })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
