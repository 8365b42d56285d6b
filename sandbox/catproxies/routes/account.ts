import { formatMinorAsDecimal } from '@/lib/money/money'
import type { Route } from '../context'
import { getBucketStatus } from '../rate-limits'

/** GET /account — balance and the hourly rate-limit status (this request already counted). */
export const accountRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/account$/,
    handle(request, context) {
      const { account } = request
      const hourly = getBucketStatus(account, 'hourly', context.clock.nowMs())
      const balance = formatMinorAsDecimal(Math.abs(account.balanceMinor))

      return {
        payload: {
          // NOTE: the balance field name and type are a guess; the docs only show rateLimits.
          balance: account.balanceMinor < 0 ? `-${balance}` : balance,
          currency: 'USD',
          isReseller: account.isReseller,
          rateLimits: {
            requestsPerHour: hourly.limit,
            requestsUsed: hourly.used,
            requestsRemaining: hourly.remaining,
            resetAt: new Date(hourly.resetAtMs).toISOString(),
          },
        },
      }
    },
  },
]
