import type { SimOrder } from './state'

/**
 * Derived order facts. Status and traffic are computed from the clock at read time, so
 * advancing the clock expires orders and grows usage without any background timer.
 */

export const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

/** "EXPIRED" once the clock passes the expiry, "CONFIRMED" otherwise (balance-paid orders skip CREATED and PENDING). */
export function getOrderStatus(order: SimOrder, nowMs: number): 'CONFIRMED' | 'EXPIRED' {
  return order.expiresAtMs !== null && nowMs >= order.expiresAtMs ? 'EXPIRED' : 'CONFIRMED'
}

/** Traffic used in GB, growing linearly while the order is active and capped at what was bought. */
export function getUsedGb(order: SimOrder, nowMs: number): number {
  const activeUntilMs = order.expiresAtMs === null ? nowMs : Math.min(nowMs, order.expiresAtMs)
  const hours = Math.max(0, activeUntilMs - order.usageSinceMs) / HOUR_MS
  const used = order.usedGbAtMark + hours * order.usageGbPerHour

  return roundGb(order.bandwidthTotalGb === null ? used : Math.min(used, order.bandwidthTotalGb))
}

export function getBandwidthLeftGb(order: SimOrder, nowMs: number): number | null {
  return order.bandwidthTotalGb === null ? null : roundGb(order.bandwidthTotalGb - getUsedGb(order, nowMs))
}

/** Freezes usage so far into the mark, so a later change of the rate or total starts from now. */
export function markUsage(order: SimOrder, nowMs: number): void {
  order.usedGbAtMark = getUsedGb(order, nowMs)
  order.usageSinceMs = nowMs
}

export function roundGb(value: number): number {
  return Math.round(value * 1000) / 1000
}
