import type { Prisma } from '@/lib/generated/prisma/client'

export type QueueEmailInput = {
  tx: Prisma.TransactionClient
  tenantId: string
  /** Unique per cause, e.g. "order-refunded:<order id>"; a repeat is ignored. */
  dedupeKey: string
  to: string
  subject: string
  text: string
}

/**
 * Writes an email to the outbox in the caller's transaction, so it exists exactly when
 * the change it reports was committed.
 */
export async function queueEmail({ tx, ...email }: QueueEmailInput): Promise<void> {
  await tx.outboundEmail.createMany({ data: [email], skipDuplicates: true })
}
