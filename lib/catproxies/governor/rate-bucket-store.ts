import type { Database } from '@/lib/db/prisma'
import { Prisma } from '@/lib/generated/prisma/client'
import type { RateBucket } from '../transport'
import { resolveWindow, type StoredBucketState } from './budget-decision'
import { fromStoredBucketName, toStoredBucketName, type BudgetPolicy } from './budget-policy'

type Transaction = Prisma.TransactionClient

type LockedRow = { bucket: string; windowStartsAt: Date; used: number; blockedUntil: Date | null }

// A new row starts in a window long past, which resolveWindow reads as "nothing used yet".
const NEVER = new Date(0)

/**
 * Runs `change` on the rows of `buckets` for one key while holding their row locks
 * (SELECT … FOR UPDATE, rows created first if missing), and writes back what it returns.
 * Every instance goes through these locks, so no two can read the same count and both
 * spend it. Rows are created and locked in bucket-name order, so two of these
 * transactions cannot wait on each other in a cycle.
 */
export async function updateBucketsLocked<T>(input: {
  db: Database
  keyFingerprint: string
  buckets: RateBucket[]
  policy: BudgetPolicy
  change: (states: StoredBucketState[]) => { result: T; writes: BucketWrite[] }
}): Promise<T> {
  const { db, keyFingerprint, policy } = input
  const buckets = [...input.buckets].sort((left, right) => toStoredBucketName(left).localeCompare(toStoredBucketName(right)))
  const storedNames = buckets.map(toStoredBucketName)

  return db.$transaction(async (tx) => {
    let rows = await lockRows(tx, keyFingerprint, storedNames)
    if (rows.length < storedNames.length) {
      await tx.upstreamRateBucket.createMany({
        data: buckets.map((bucket) => ({
          keyFingerprint,
          bucket: toStoredBucketName(bucket),
          windowStartsAt: NEVER,
          used: 0,
          limit: policy.buckets[bucket].limit,
        })),
        skipDuplicates: true,
      })
      rows = await lockRows(tx, keyFingerprint, storedNames)
    }

    const states = buckets.map((bucket) => toState(bucket, rows))
    const { result, writes } = input.change(states)
    for (const write of writes) {
      await tx.upstreamRateBucket.update({
        where: { keyFingerprint_bucket: { keyFingerprint, bucket: toStoredBucketName(write.bucket) } },
        data: {
          windowStartsAt: write.windowStartsAt,
          used: write.used,
          limit: policy.buckets[write.bucket].limit,
          ...(write.blockedUntil === undefined ? {} : { blockedUntil: write.blockedUntil }),
        },
      })
    }

    return result
  })
}

export type BucketWrite = { bucket: RateBucket; windowStartsAt: Date; used: number; blockedUntil?: Date | null }

/**
 * Blocks a bucket after upstream replied 429: nothing is sent before `blockedUntil`. The
 * count is left alone, because the block already covers the rest of upstream's window.
 * A later block never shortens an earlier one.
 */
export async function blockBucket(input: {
  db: Database
  keyFingerprint: string
  bucket: RateBucket
  blockedUntil: Date
  nowMs: number
  policy: BudgetPolicy
}): Promise<void> {
  const { bucket, blockedUntil, nowMs, policy } = input
  const { windowMs } = policy.buckets[bucket]

  await updateBucketsLocked({
    ...input,
    buckets: [bucket],
    change: ([state]) => {
      const window = resolveWindow(state ?? { windowStartsAt: null, used: 0 }, nowMs, windowMs)
      const previousBlock = state?.blockedUntil?.getTime() ?? 0
      const write = {
        bucket,
        windowStartsAt: new Date(window.startMs),
        used: window.used,
        blockedUntil: new Date(Math.max(previousBlock, blockedUntil.getTime())),
      }

      return { result: undefined, writes: [write] }
    },
  })
}

/**
 * Raises the hourly count to what upstream reports (GET /account), for requests this
 * governor did not see: another system using the same key, or rows lost with a database
 * restore. Never lowers the count.
 */
export async function raiseHourlyUsage(input: {
  db: Database
  keyFingerprint: string
  reportedUsed: number
  reportedResetAt: Date
  nowMs: number
  policy: BudgetPolicy
}): Promise<void> {
  const { reportedUsed, reportedResetAt, nowMs, policy } = input
  const { windowMs } = policy.buckets.hourly

  await updateBucketsLocked({
    ...input,
    buckets: ['hourly'],
    change: ([state]) => {
      const window = resolveWindow(state ?? { windowStartsAt: null, used: 0 }, nowMs, windowMs)
      // A report about another window (the reply crossed the top of the hour) is ignored.
      if (reportedResetAt.getTime() !== window.endMs || reportedUsed <= window.used) return { result: undefined, writes: [] }

      return { result: undefined, writes: [{ bucket: 'hourly', windowStartsAt: new Date(window.startMs), used: reportedUsed }] }
    },
  })
}

/** Reads a key's bucket rows without locking; rows that do not exist yet are absent. */
export async function readBucketStates(db: Database, keyFingerprint: string): Promise<StoredBucketState[]> {
  const rows = await db.upstreamRateBucket.findMany({ where: { keyFingerprint } })
  const states: StoredBucketState[] = []
  for (const row of rows) {
    const bucket = fromStoredBucketName(row.bucket)
    if (bucket !== null) states.push({ bucket, windowStartsAt: row.windowStartsAt, used: row.used, blockedUntil: row.blockedUntil })
  }

  return states
}

async function lockRows(tx: Transaction, keyFingerprint: string, storedNames: string[]): Promise<LockedRow[]> {
  return tx.$queryRaw<LockedRow[]>`
    SELECT "bucket", "windowStartsAt", "used", "blockedUntil"
    FROM "UpstreamRateBucket"
    WHERE "keyFingerprint" = ${keyFingerprint} AND "bucket" IN (${Prisma.join(storedNames)})
    ORDER BY "bucket" COLLATE "C"
    FOR UPDATE`
}

function toState(bucket: RateBucket, rows: LockedRow[]): StoredBucketState {
  const row = rows.find((candidate) => candidate.bucket === toStoredBucketName(bucket))
  if (row === undefined) throw new Error(`UpstreamRateBucket row for bucket ${bucket} is missing after insert`)

  return { bucket, windowStartsAt: row.windowStartsAt, used: row.used, blockedUntil: row.blockedUntil }
}
