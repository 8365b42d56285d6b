/**
 * URL of CatProxies' offline mobile targeting snapshot, or null when none is known.
 * Upstream documents that the snapshot exists but not where, so live mode reads it from
 * CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL. In sandbox mode the simulator serves it at
 * a fixed path beside its API.
 */
export function resolveMobileSnapshotUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.CATPROXIES_MOBILE_TARGETING_SNAPSHOT_URL?.trim()
  if (configured) return configured

  // NOTE: the sandbox start-up script does not set the variable yet, so the simulator's
  // path is derived from its API base URL here.
  const apiBaseUrl = env.CATPROXIES_API_BASE_URL
  if (env.STOREFRONT_MODE === 'sandbox' && apiBaseUrl) return new URL('/mobile-targeting-snapshot.json', apiBaseUrl).toString()

  return null
}
