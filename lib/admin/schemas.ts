import { z } from 'zod'

import { OrderStatus } from '@/lib/generated/prisma/enums'

export const ADMIN_ORDERS_PAGE_SIZE = 25

export const ZAdminOrdersQuery = z.object({
  status: z.enum(Object.values(OrderStatus) as [OrderStatus, ...OrderStatus[]], { error: 'status: not a known order status' }).optional(),
  page: z.coerce.number({ error: 'page must be a number' }).int().min(1, { error: 'page must be 1 or more' }).default(1),
})

export type TAdminOrdersQuery = z.infer<typeof ZAdminOrdersQuery>
