import { comparePassword } from '@/lib/auth/compare-password'
import type { Database } from '@/lib/db/prisma'

/** Returns the staff member when the email and password match one of this tenant's staff accounts, else null. */
export async function verifyStaffPassword({ db, tenantId, email, password }: { db: Database; tenantId: string; email: string; password: string }) {
  const staff = await db.staffUser.findUnique({
    where: { tenantId_email: { tenantId, email: email.trim().toLowerCase() } },
    select: { id: true, email: true, role: true, tenantId: true, passwordHash: true },
  })
  if (!(await comparePassword(password, staff?.passwordHash)) || !staff) return null

  return { id: staff.id, email: staff.email, role: staff.role, tenantId: staff.tenantId }
}
