/**
 * Money is always an integer count of minor units (cents for USD) plus an ISO 4217
 * currency code. Decimal amounts from upstream APIs are parsed as strings, digit by
 * digit, so no value ever passes through floating-point multiplication.
 */
export type CurrencyCode = 'USD'

export type Money = {
  amountMinor: number
  currency: CurrencyCode
}

export class MoneyParseError extends Error {
  constructor(readonly input: unknown, reason: string) {
    super(`Invalid money amount ${JSON.stringify(input)}: ${reason}`)
    this.name = 'MoneyParseError'
  }
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/
const MINOR_DIGITS = 2
const BASIS_POINTS_PER_UNIT = 10_000

/**
 * Parses a non-negative decimal amount in major units ("2.5", 2.5, "10") into minor units.
 * Digits past the second decimal place are rounded half-up, because upstream per-unit
 * prices may carry sub-cent precision. Throws MoneyParseError on anything else
 * (negative, exponent notation, empty, NaN).
 */
export function parseDecimalToMinor(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim()
  const match = DECIMAL_PATTERN.exec(text)
  if (!match) {
    throw new MoneyParseError(value, 'expected a non-negative decimal such as "2.50"')
  }

  const whole = match[1] ?? '0'
  const fraction = match[2] ?? ''
  const kept = fraction.slice(0, MINOR_DIGITS).padEnd(MINOR_DIGITS, '0')
  const firstDropped = fraction.charAt(MINOR_DIGITS)
  const roundUp = firstDropped !== '' && Number(firstDropped) >= 5

  const minor = Number(whole) * 10 ** MINOR_DIGITS + Number(kept) + (roundUp ? 1 : 0)
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyParseError(value, 'amount is too large')
  }

  return minor
}

/**
 * Applies a markup in basis points (3000 = 30%) to a cost in minor units, rounding up
 * to the next minor unit so that the retail price never falls below cost plus markup.
 */
export function applyMarkup(costMinor: number, markupBasisPoints: number): number {
  assertMinorUnits(costMinor, 'costMinor')
  if (!Number.isInteger(markupBasisPoints) || markupBasisPoints < 0) {
    throw new RangeError(`markupBasisPoints must be a non-negative integer, got ${markupBasisPoints}`)
  }

  const scaled = costMinor * (BASIS_POINTS_PER_UNIT + markupBasisPoints)
  if (!Number.isSafeInteger(scaled)) {
    throw new RangeError('price with markup exceeds the safe integer range')
  }

  return Math.ceil(scaled / BASIS_POINTS_PER_UNIT)
}

/** Multiplies a unit price in minor units by an integer quantity, refusing unsafe results. */
export function multiplyMinor(unitMinor: number, quantity: number): number {
  assertMinorUnits(unitMinor, 'unitMinor')
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw new RangeError(`quantity must be a non-negative integer, got ${quantity}`)
  }

  const total = unitMinor * quantity
  if (!Number.isSafeInteger(total)) {
    throw new RangeError('total exceeds the safe integer range')
  }

  return total
}

/** Formats minor units for display, e.g. 1250 USD → "$12.50". */
export function formatMoney(amountMinor: number, currency: CurrencyCode = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
    amountMinor / 10 ** MINOR_DIGITS,
  )
}

/** Formats minor units as a plain decimal string in major units, e.g. 250 → "2.50". */
export function formatMinorAsDecimal(amountMinor: number): string {
  assertMinorUnits(amountMinor, 'amountMinor')
  const whole = Math.floor(amountMinor / 100)
  const cents = String(amountMinor % 100).padStart(MINOR_DIGITS, '0')

  return `${whole}.${cents}`
}

function assertMinorUnits(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer number of minor units, got ${value}`)
  }
}
