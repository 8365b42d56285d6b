'use client'

import { useQuery } from '@tanstack/react-query'

import { readApiError } from '@/components/read-api-error'
import type { CustomerOrderView } from '@/lib/orders/get-customer-order'
import { SETTLED_ORDER_STATUSES } from '@/lib/orders/order-status'

const POLL_INTERVAL_MS = 1_000

export class OrderLookupError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

/**
 * Reads one of the signed-in customer's orders, by order id or `session:<id>`, and polls
 * every second until the order settles. The tenant id is part of the key because the
 * same browser may visit several storefronts.
 */
export function useCustomerOrder({ tenantId, lookup, initialData }: { tenantId: string; lookup: string; initialData?: CustomerOrderView }) {
  return useQuery({
    queryKey: ['tenant', tenantId, 'order', lookup],
    queryFn: async (): Promise<CustomerOrderView> => {
      const response = await fetch(`/api/orders/${encodeURIComponent(lookup)}`, { cache: 'no-store' })
      if (!response.ok) {
        const apiError = await readApiError(response)
        throw new OrderLookupError(response.status, apiError.message)
      }
      return ((await response.json()) as { order: CustomerOrderView }).order
    },
    initialData,
    refetchInterval: (query) => {
      const status = query.state.data?.status
      return status && SETTLED_ORDER_STATUSES.has(status) ? false : POLL_INTERVAL_MS
    },
    retry: (failureCount, error) => !(error instanceof OrderLookupError && error.status < 500) && failureCount < 3,
  })
}
