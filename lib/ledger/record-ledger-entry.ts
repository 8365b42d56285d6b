import type { Prisma } from '@/lib/generated/prisma/client'
import type { LedgerEntryKind } from '@/lib/generated/prisma/enums'

export type RecordLedgerEntryInput = {
  tx: Prisma.TransactionClient
  tenantId: string
  orderId: string | null
  kind: LedgerEntryKind
  /** Signed minor units: positive flows to the tenant, negative flows away from it. */
  amountMinor: number
  currency: string
  /** External id proving the movement (Checkout Session, CatProxies order, refund). */
  reference: string
}

/**
 * Records one money movement in the caller's transaction. Idempotent: (tenant, kind,
 * reference) is unique, so replaying the same movement records nothing. Returns whether
 * a row was written.
 */
export async function recordLedgerEntry({ tx, ...entry }: RecordLedgerEntryInput): Promise<boolean> {
  const result = await tx.ledgerEntry.createMany({ data: [entry], skipDuplicates: true })

  return result.count === 1
}
