/**
 * Fault injection for tests. A fault matches requests by method and path (relative to the
 * API base, e.g. "/order") and fires `times` times (default 1, Infinity for always):
 * - latency: waits `latencyMs` real milliseconds, then replies normally;
 * - error500: replies 500 "Something went wrong" without running the handler;
 * - timeout: never replies, holding the connection until the client gives up;
 * - rateLimit: replies 429 with the current hourly reset time;
 * - insufficientBalance: replies 400 "Insufficient balance…" without charging;
 * - dropAfterCreate: runs the handler (an order is created and charged), then destroys
 *   the connection before any reply byte is written;
 * - delayAfterCreate: runs the handler, then waits `latencyMs` before replying, so a test
 *   can kill the client while the order exists upstream and the reply is pending.
 */
export type FaultKind = 'latency' | 'error500' | 'timeout' | 'rateLimit' | 'insufficientBalance' | 'dropAfterCreate' | 'delayAfterCreate'

export type FaultSpec = {
  method?: string
  path?: string | RegExp
  kind: FaultKind
  times?: number
  latencyMs?: number
  /** rateLimit only: report a reset this many ms ahead instead of the top of the next hour. */
  resetInMs?: number
}

type ActiveFault = FaultSpec & { remaining: number }

export type FaultControls = {
  inject(spec: FaultSpec): void
  clear(): void
  /** Number of faults that can still fire. */
  pendingCount(): number
}

export type FaultRegistry = FaultControls & {
  /** Returns the first matching fault and uses up one of its firings, or null. */
  take(method: string, path: string): FaultSpec | null
}

export function createFaultRegistry(): FaultRegistry {
  let faults: ActiveFault[] = []

  return {
    inject(spec) {
      const times = spec.times ?? 1
      if (!(times > 0)) throw new RangeError(`times must be > 0, got ${times}`)
      if ((spec.kind === 'latency' || spec.kind === 'delayAfterCreate') && !(Number(spec.latencyMs) >= 0)) {
        throw new RangeError(`a ${spec.kind} fault needs latencyMs >= 0`)
      }
      faults.push({ ...spec, remaining: times })
    },
    clear() {
      faults = []
    },
    pendingCount: () => faults.length,
    take(method, path) {
      const fault = faults.find((candidate) => matches(candidate, method, path))
      if (fault === undefined) return null

      fault.remaining -= 1
      if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault)

      return fault
    },
  }
}

function matches(fault: FaultSpec, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false
  if (fault.path === undefined) return true

  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path)
}
