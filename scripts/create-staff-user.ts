// Creates a staff account for a tenant's admin dashboard, or resets its password.
//   npm run staff:create -- --tenant acme --email owner@acme.example --password '...' [--role OWNER|STAFF]
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { ZEmail, ZPassword } from '@/lib/customers/schemas'
import { createDatabase } from '@/lib/db/prisma'
import { loadEnvFile } from '@/lib/load-env-file'
import { upsertStaffUser } from '@/lib/staff/create-staff-user'

loadEnvFile()

const ZStaffArguments = z.object({
  tenant: z.string({ error: 'tenant: give the tenant slug' }).min(1, { error: 'tenant: give the tenant slug' }),
  email: ZEmail,
  password: ZPassword,
  role: z.enum(['OWNER', 'STAFF'], { error: 'role: use OWNER or STAFF' }).default('STAFF'),
})

async function main() {
  const { values } = parseArgs({ options: { tenant: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } } })
  const parsed = ZStaffArguments.safeParse(values)
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n'))
    process.exit(2)
  }

  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set')

  const db = createDatabase(databaseUrl)
  const tenant = await db.tenant.findUnique({ where: { slug: parsed.data.tenant }, select: { id: true } })
  if (!tenant) throw new Error(`No tenant with slug ${parsed.data.tenant}`)

  const staff = await upsertStaffUser({ db, tenantId: tenant.id, email: parsed.data.email, password: parsed.data.password, role: parsed.data.role })
  await db.$disconnect()
  console.log(`Staff account ${staff.email} (${staff.role}) can sign in at /admin/sign-in on the tenant's host.`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
