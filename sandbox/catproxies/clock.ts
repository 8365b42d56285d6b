/**
 * The simulator's clock. Order expiry, usage growth and rate-limit windows all read it,
 * so tests can jump forward in time and benchmarks can run time faster than real time.
 * Simulated time = anchor + real time elapsed since the anchor × speed.
 */
export type SimClock = {
  now(): Date
  nowMs(): number
  /** Moves simulated time forward by `ms` (negative values are rejected). */
  advance(ms: number): void
  set(date: Date): void
  /** Sets how many simulated ms pass per real ms; 1 is real time, 0 freezes the clock. */
  setSpeed(factor: number): void
  getSpeed(): number
}

export function createSimClock(options: { start?: Date; speed?: number } = {}): SimClock {
  let anchorSimMs = (options.start ?? new Date()).getTime()
  let anchorRealMs = performance.now()
  let speed = checkSpeed(options.speed ?? 1)

  const nowMs = () => Math.floor(anchorSimMs + (performance.now() - anchorRealMs) * speed)
  const reanchor = (simMs: number) => {
    anchorSimMs = simMs
    anchorRealMs = performance.now()
  }

  return {
    now: () => new Date(nowMs()),
    nowMs,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) expects a finite ms >= 0, got ${ms}`)
      reanchor(nowMs() + ms)
    },
    set(date) {
      if (Number.isNaN(date.getTime())) throw new RangeError('set(date) expects a valid Date')
      reanchor(date.getTime())
    },
    setSpeed(factor) {
      reanchor(nowMs())
      speed = checkSpeed(factor)
    },
    getSpeed: () => speed,
  }
}

function checkSpeed(factor: number): number {
  if (!Number.isFinite(factor) || factor < 0) throw new RangeError(`clock speed must be a finite number >= 0, got ${factor}`)

  return factor
}
