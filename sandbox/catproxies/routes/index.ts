import type { Route } from '../context'
import { accountRoutes } from './account'
import { catalogueExtraRoutes } from './catalogue-extras'
import { mobileTargetingRoutes } from './mobile-targeting'
import { orderCreateRoutes } from './order-create'
import { orderExtendRoutes } from './order-extend'
import { orderManageRoutes } from './order-manage'
import { orderReadRoutes } from './orders'
import { storeRoutes } from './store'

/** Every API route the simulator serves. Patterns are anchored, so order does not matter. */
export const ROUTES: readonly Route[] = [
  ...accountRoutes,
  ...storeRoutes,
  ...catalogueExtraRoutes,
  ...orderCreateRoutes,
  ...orderReadRoutes,
  ...orderExtendRoutes,
  ...orderManageRoutes,
  ...mobileTargetingRoutes,
]
