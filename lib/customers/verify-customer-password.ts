import bcrypt from 'bcryptjs'

import type { Database } from '@/lib/db/prisma'

// A real hash of a random password, compared when the email is unknown so that the
// response time does not reveal which emails have accounts.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.SAgMvh5O1bH9f6bU9x3Ruwv6J5tC'

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

  const isMatch = await bcrypt.compare(password, customer?.passwordHash ?? DUMMY_HASH)
  if (!customer || !isMatch) return null

  return { id: customer.id, email: customer.email, name: customer.name, tenantId: customer.tenantId }
}
