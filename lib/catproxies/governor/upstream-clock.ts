import { setTimeout as sleepRealMs } from 'node:timers/promises'

/**
 * The time source of the rate governor and the upstream cache. Budget windows, 429
 * blocks and cache ages are all read from it, so a benchmark can run them on the
 * simulator's accelerated clock.
 */
export type UpstreamClock = {
  now(): Date
  /** Waits `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>
}

export const systemClock: UpstreamClock = {
  now: () => new Date(),
  sleep: (ms) => sleepRealMs(Math.max(0, ms)),
}

/**
 * Wraps a clock that runs `getSpeed()` times faster than real time (the CatProxies
 * simulator's clock), so that sleeping 60 000 ms of its time at speed 60 takes one real second.
 * A speed of 0 (a frozen clock) sleeps in real time.
 */
export function createAcceleratedClock(source: { now(): Date; getSpeed(): number }): UpstreamClock {
  return {
    now: () => source.now(),
    sleep: (ms) => {
      const speed = source.getSpeed()

      return sleepRealMs(Math.max(0, speed > 0 ? ms / speed : ms))
    },
  }
}

let currentClock: UpstreamClock = systemClock

/** Returns the process-wide clock (the system clock unless a benchmark or test replaced it). */
export function getUpstreamClock(): UpstreamClock {
  return currentClock
}

/** Replaces the process-wide clock; pass `systemClock` to restore it. */
export function setUpstreamClock(clock: UpstreamClock): void {
  currentClock = clock
}
