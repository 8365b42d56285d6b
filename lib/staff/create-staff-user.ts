import bcrypt from 'bcryptjs'

import type { Database } from '@/lib/db/prisma'
import type { StaffRole } from '@/lib/generated/prisma/enums'

const BCRYPT_COST = 10

/** Creates a staff account, or resets its password and role when the email exists for this tenant. */
export async function upsertStaffUser(input: { db: Database; tenantId: string; email: string; password: string; role: StaffRole }) {
  const email = input.email.trim().toLowerCase()
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST)

  return input.db.staffUser.upsert({
    where: { tenantId_email: { tenantId: input.tenantId, email } },
    create: { tenantId: input.tenantId, email, passwordHash, role: input.role },
    update: { passwordHash, role: input.role },
    select: { id: true, email: true, role: true },
  })
}
