import { encryptSecret } from '@/lib/crypto/secret-box'
import { registerCustomer } from '@/lib/customers/register-customer'
import type { Database } from '@/lib/db/prisma'
import { upsertStaffUser } from '@/lib/staff/create-staff-user'

export const DEMO_TENANT_SLUG = 'demo'
export const DEMO_CUSTOMER_EMAIL = 'demo@example.com'
export const DEMO_CUSTOMER_PASSWORD = 'demo-password'
export const DEMO_STAFF_EMAIL = 'owner@example.com'
export const DEMO_STAFF_PASSWORD = 'owner-password'
// Any sk_test_ key is its own account on the Stripe simulator.
export const DEMO_STRIPE_SECRET_KEY = 'sk_test_demoStorefront0000000000'

export type SeedDemoTenantInput = {
  db: Database
  hosts: string[]
  catproxiesApiKey: string
}

/**
 * Creates (or updates) the demo reseller, its owner account and a demo customer. Idempotent: run on
 * every sandbox start. The Stripe webhook secret is set separately, because the
 * simulator issues a new one each time it starts.
 */
export async function seedDemoTenant({ db, hosts, catproxiesApiKey }: SeedDemoTenantInput) {
  const secrets = {
    catproxiesApiKeyCiphertext: encryptSecret(catproxiesApiKey),
    stripeSecretKeyCiphertext: encryptSecret(DEMO_STRIPE_SECRET_KEY),
  }
  const tenant = await db.tenant.upsert({
    where: { slug: DEMO_TENANT_SLUG },
    create: { slug: DEMO_TENANT_SLUG, name: 'Northwind Proxies', supportEmail: 'support@northwind.example', ...secrets },
    update: secrets,
  })

  for (const host of hosts) {
    await db.tenantHost.upsert({ where: { host }, create: { host, tenantId: tenant.id }, update: { tenantId: tenant.id } })
  }

  const existingCustomer = await db.customer.findUnique({
    where: { tenantId_email: { tenantId: tenant.id, email: DEMO_CUSTOMER_EMAIL } },
    select: { id: true },
  })
  if (!existingCustomer) {
    await registerCustomer({ db, tenantId: tenant.id, email: DEMO_CUSTOMER_EMAIL, password: DEMO_CUSTOMER_PASSWORD, name: 'Demo Customer' })
  }
  const existingStaff = await db.staffUser.findUnique({ where: { tenantId_email: { tenantId: tenant.id, email: DEMO_STAFF_EMAIL } }, select: { id: true } })
  if (!existingStaff) {
    await upsertStaffUser({ db, tenantId: tenant.id, email: DEMO_STAFF_EMAIL, password: DEMO_STAFF_PASSWORD, role: 'OWNER' })
  }

  return tenant
}

/** Stores the webhook signing secret that the Stripe account issued for this tenant's endpoint. */
export async function setTenantWebhookSecret({ db, tenantId, webhookSecret }: { db: Database; tenantId: string; webhookSecret: string }) {
  await db.tenant.update({
    where: { id: tenantId },
    data: { stripeWebhookSecretCiphertext: encryptSecret(webhookSecret) },
  })
}
