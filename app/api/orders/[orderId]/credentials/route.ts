// GET /api/orders/:orderId/credentials — the order's proxies as a host:port:user:pass text file.
import { resolveCustomerRoute } from '@/app/_lib/route-context'
import { AppError } from '@/lib/errors/app-error'
import { toErrorResponse } from '@/lib/errors/error-response'
import { logger } from '@/lib/logger'
import { getCustomerOrderOrThrow } from '@/lib/orders/get-customer-order'

export async function GET(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  try {
    const { orderId } = await params
    const { db, tenant, customer } = await resolveCustomerRoute(request, 'GET /api/orders/:orderId/credentials')
    const order = await getCustomerOrderOrThrow({ db, tenantId: tenant.id, customerId: customer.id, orderId })
    if (order.credentialLines.length === 0) {
      throw new AppError('conflict', `Order ${orderId} has no credentials yet`, { userMessage: 'This order has no credentials yet.' })
    }

    return new Response(`${order.credentialLines.join('\n')}\n`, {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="proxies-${order.id.slice(0, 8)}.txt"`,
        'cache-control': 'no-store',
      },
    })
  } catch (error) {
    return toErrorResponse(error, logger)
  }
}
