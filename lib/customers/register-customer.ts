import bcrypt from 'bcryptjs'

import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'
import type { TSignUpRequest } from '@/lib/customers/schemas'
import { Prisma } from '@/lib/generated/prisma/client'

const BCRYPT_COST = 10

export type RegisterCustomerInput = TSignUpRequest & {
  db: Database
  tenantId: string
}

/**
 * Creates a customer account on one tenant's storefront. The email is unique per
 * tenant, so a taken address gives a `conflict` error naming the email field.
 */
export async function registerCustomer({ db, tenantId, email, password, name }: RegisterCustomerInput) {
  const passwordHash = await bcrypt.hash(password, BCRYPT_COST)

  try {
    return await db.customer.create({
      data: { tenantId, email, name: name || null, passwordHash },
      select: { id: true, email: true, name: true, tenantId: true },
    })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `Customer ${email} already exists`, {
        field: 'email',
        userMessage: 'An account with this email already exists. Sign in instead.',
      })
    }
    throw error
  }
}
