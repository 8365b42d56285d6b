import { describe, expect, it } from 'vitest'

import { applyMarkup, formatMinorAsDecimal, formatMoney, MoneyParseError, multiplyMinor, parseDecimalToMinor } from '@/lib/money/money'

describe('parseDecimalToMinor', () => {
  it.each([
    ['2.5', 250],
    ['2.50', 250],
    ['10', 1000],
    ['0.01', 1],
    ['0', 0],
    [' 3.99 ', 399],
    [2.5, 250],
    [0.1, 10],
    [19.99, 1999],
  ])('parses %j as %i cents', (input, expected) => {
    expect(parseDecimalToMinor(input)).toBe(expected)
  })

  it('rounds sub-cent digits half-up', () => {
    expect(parseDecimalToMinor('2.555')).toBe(256)
    expect(parseDecimalToMinor('2.554')).toBe(255)
    expect(parseDecimalToMinor('0.005')).toBe(1)
  })

  it('avoids float error that naive multiplication has', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point.
    expect(parseDecimalToMinor('1.005')).toBe(101)
  })

  it.each(['', '-1', 'abc', '1e3', '1.2.3', '$2.50', 'NaN'])('rejects %j', (input) => {
    expect(() => parseDecimalToMinor(input)).toThrow(MoneyParseError)
  })

  it('rejects negative numbers', () => {
    expect(() => parseDecimalToMinor(-1)).toThrow(MoneyParseError)
  })
})

describe('applyMarkup', () => {
  it('adds 30% to a round price', () => {
    expect(applyMarkup(250, 3000)).toBe(325)
  })

  it('rounds a fractional cent up', () => {
    // 199 * 1.3 = 258.7 cents
    expect(applyMarkup(199, 3000)).toBe(259)
  })

  it('keeps the price with zero markup', () => {
    expect(applyMarkup(199, 0)).toBe(199)
  })

  it('rejects negative or fractional markups', () => {
    expect(() => applyMarkup(100, -1)).toThrow(RangeError)
    expect(() => applyMarkup(100, 1.5)).toThrow(RangeError)
  })

  it('rejects non-integer costs', () => {
    expect(() => applyMarkup(1.5, 3000)).toThrow(RangeError)
  })
})

describe('multiplyMinor', () => {
  it('multiplies unit price by quantity', () => {
    expect(multiplyMinor(325, 5)).toBe(1625)
  })

  it('rejects a fractional quantity', () => {
    expect(() => multiplyMinor(325, 1.5)).toThrow(RangeError)
  })

  it('rejects results past the safe integer range', () => {
    expect(() => multiplyMinor(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError)
  })
})

describe('formatting', () => {
  it('formats USD minor units', () => {
    expect(formatMoney(1625, 'USD')).toBe('$16.25')
  })

  it('formats minor units as a decimal string', () => {
    expect(formatMinorAsDecimal(250)).toBe('2.50')
    expect(formatMinorAsDecimal(5)).toBe('0.05')
  })
})
