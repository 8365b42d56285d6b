// Creates or updates a tenant (reseller) in live mode. The platform operator runs it
// with the reseller's keys; they are stored encrypted with SECRETS_KEY.
//
//   npm run tenant:create -- --slug acme --name "Acme Proxies" --host shop.acme.example \
//     --catproxies-key cp_... --stripe-secret-key sk_live_... --stripe-webhook-secret whsec_...
//
// Point the tenant's Stripe webhook endpoint at https://<host>/api/stripe/webhook/<tenant id>
// (the id is printed below) with the checkout.session.* events enabled.
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { encryptSecret } from '@/lib/crypto/secret-box'
import { createDatabase } from '@/lib/db/prisma'
import { normalizeHost } from '@/lib/tenants/normalize-host'
import { loadEnvFile } from '@/lib/load-env-file'

loadEnvFile()

const ZTenantArguments = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,40}$/, { error: 'slug: use 2-40 lowercase letters, digits or hyphens' }),
  name: z.string().min(1, { error: 'name is required' }),
  host: z.string().transform((value, context) => {
    const host = normalizeHost(value)
    if (!host) context.addIssue({ code: 'custom', message: `host: ${JSON.stringify(value)} is not a hostname` })
    return host ?? ''
  }),
  'catproxies-key': z.string().regex(/^cp_[0-9a-f]{64}$/i, { error: 'catproxies-key: expected cp_ followed by 64 hex characters' }),
  'stripe-secret-key': z.string().regex(/^(sk|rk)_(test|live)_\w+$/, { error: 'stripe-secret-key: expected sk_test_..., sk_live_... or a restricted key' }),
  'stripe-webhook-secret': z.string().regex(/^whsec_\w+$/, { error: 'stripe-webhook-secret: expected whsec_...' }),
  'markup-bps': z.coerce.number().int().min(0).max(100_000).default(3000),
})

async function main() {
  const { values } = parseArgs({
    options: Object.fromEntries(
      ['slug', 'name', 'host', 'catproxies-key', 'stripe-secret-key', 'stripe-webhook-secret', 'markup-bps'].map((name) => [name, { type: 'string' as const }]),
    ),
  })
  const parsed = ZTenantArguments.safeParse(values)
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n'))
    process.exit(2)
  }

  const args = parsed.data
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set')

  const db = createDatabase(databaseUrl)
  const secrets = {
    name: args.name,
    markupBasisPoints: args['markup-bps'],
    catproxiesApiKeyCiphertext: encryptSecret(args['catproxies-key']),
    stripeSecretKeyCiphertext: encryptSecret(args['stripe-secret-key']),
    stripeWebhookSecretCiphertext: encryptSecret(args['stripe-webhook-secret']),
  }
  const tenant = await db.tenant.upsert({ where: { slug: args.slug }, create: { slug: args.slug, ...secrets }, update: secrets })
  await db.tenantHost.upsert({ where: { host: args.host }, create: { host: args.host, tenantId: tenant.id }, update: { tenantId: tenant.id } })
  await db.$disconnect()

  console.log(`Tenant ${tenant.slug} (${tenant.id}) serves https://${args.host}`)
  console.log(`Stripe webhook URL: https://${args.host}/api/stripe/webhook/${tenant.id}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
