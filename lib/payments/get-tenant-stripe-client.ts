import type Stripe from 'stripe'

import type { Database } from '@/lib/db/prisma'
import { createStripeClient } from '@/lib/payments/stripe-client'
import { getTenantSecretsOrThrow } from '@/lib/tenants/get-tenant-secrets'

/** Creates a Stripe client on the tenant's own account; STRIPE_API_BASE_URL points it at the simulator in sandbox mode. */
export async function getTenantStripeClient({ db, tenantId }: { db: Database; tenantId: string }): Promise<Stripe> {
  const secrets = await getTenantSecretsOrThrow({ db, tenantId })

  return createStripeClient({ secretKey: secrets.stripeSecretKey, apiBaseUrl: process.env.STRIPE_API_BASE_URL })
}
