/**
 * URL of CatProxies' offline mobile targeting snapshot, or null when none is known.
 * Upstream documents that the snapshot exists but not where, so it comes from
 * CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL; the sandbox sets it to the simulator's copy.
 * Without it, targeting is read level by level from the mobile targeting endpoints.
 */
export function resolveMobileSnapshotUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL?.trim() || null
}
