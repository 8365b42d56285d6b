import { describe, expect, it } from 'vitest'

import { createSimClock } from './clock'

describe('createSimClock', () => {
  const START = new Date('2025-01-01T00:00:00.000Z')

  it('stands still at speed 0', () => {
    const clock = createSimClock({ start: START, speed: 0 })

    expect(clock.now()).toEqual(START)
  })

  it('advances and sets', () => {
    const clock = createSimClock({ start: START, speed: 0 })
    clock.advance(90_000)
    expect(clock.nowMs()).toBe(START.getTime() + 90_000)

    clock.set(new Date('2030-05-05T05:05:05.000Z'))
    expect(clock.now().toISOString()).toBe('2030-05-05T05:05:05.000Z')
  })

  it('runs faster at a higher speed', async () => {
    const clock = createSimClock({ start: START, speed: 1000 })
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(clock.nowMs() - START.getTime()).toBeGreaterThanOrEqual(15_000)
  })

  it('keeps time when the speed changes', () => {
    const clock = createSimClock({ start: START, speed: 0 })
    clock.advance(5_000)
    clock.setSpeed(1000)
    const elapsed = clock.nowMs() - START.getTime()

    // Only the real time between the two calls, sped up 1000 times, may be added.
    expect(elapsed).toBeGreaterThanOrEqual(5_000)
    expect(elapsed).toBeLessThan(5_000 + 60_000)
    expect(clock.getSpeed()).toBe(1000)
  })

  it('rejects negative advance and speed', () => {
    const clock = createSimClock()

    expect(() => clock.advance(-1)).toThrow(RangeError)
    expect(() => clock.setSpeed(-2)).toThrow(RangeError)
    expect(() => clock.set(new Date('nope'))).toThrow(RangeError)
  })
})
