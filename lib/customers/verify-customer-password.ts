import { comparePassword } from '@/lib/auth/compare-password'
import type { Database } from '@/lib/db/prisma'

export type VerifyCustomerPasswordInput = {
  db: Database
  tenantId: string
  email: string
  password: string
}

/** Returns the customer when the email and password match an account of this tenant, else null. */
export async function verifyCustomerPassword({ db, tenantId, email, password }: VerifyCustomerPasswordInput) {
  const customer = await db.customer.findUnique({
    where: { tenantId_email: { tenantId, email: email.trim().toLowerCase() } },
    select: { id: true, email: true, name: true, tenantId: true, passwordHash: true },
  })
  if (!(await comparePassword(password, customer?.passwordHash)) || !customer) return null

  return { id: customer.id, email: customer.email, name: customer.name, tenantId: customer.tenantId }
}
