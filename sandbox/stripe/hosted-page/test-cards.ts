import type { CardDetails } from '../objects/payment'

/** The test card prefilled on the hosted page, which always succeeds. */
export const SUCCESS_CARD_NUMBER = '4242424242424242'

/** Stripe's documented test cards that decline, with the message Checkout shows for each. */
const DECLINING_CARDS: Record<string, { declineCode: string; message: string }> = {
  '4000000000000002': { declineCode: 'generic_decline', message: 'Your card was declined.' },
  '4000000000009995': { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000000000000069': { declineCode: 'expired_card', message: 'Your card has expired.' },
  '4000000000000127': { declineCode: 'incorrect_cvc', message: "Your card's security code is incorrect." },
}

const SUCCEEDING_CARDS: Record<string, string> = {
  [SUCCESS_CARD_NUMBER]: 'visa',
  '5555555555554444': 'mastercard',
  '378282246310005': 'amex',
}

export type CardField = 'card_number' | 'card_expiry' | 'card_cvc'

export type CardCheck =
  | { outcome: 'approved'; card: CardDetails }
  | { outcome: 'invalid'; field: CardField; message: string }
  | { outcome: 'declined'; declineCode: string; message: string }

/**
 * Checks card fields the way Stripe's test mode does: the format first (number, expiry `MM / YY`, CVC),
 * then the test card table. A well-formed number that is not a test card is declined, because
 * test mode rejects real cards.
 */
export function checkCard(input: { number: string; expiry: string; cvc: string }, now: Date): CardCheck {
  const number = input.number.replace(/[\s-]/g, '')
  if (!/^\d{13,19}$/.test(number) || !passesLuhn(number)) {
    return { outcome: 'invalid', field: 'card_number', message: 'Your card number is invalid.' }
  }

  const expiry = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(input.expiry.trim())
  const month = Number(expiry?.[1])
  const yearText = expiry?.[2] ?? ''
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  if (expiry === null || month < 1 || month > 12) {
    return { outcome: 'invalid', field: 'card_expiry', message: "Your card's expiration date is incomplete." }
  }
  const isPast = year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)
  if (isPast) {
    return { outcome: 'invalid', field: 'card_expiry', message: "Your card's expiration date is in the past." }
  }

  if (!/^\d{3,4}$/.test(input.cvc.trim())) {
    return { outcome: 'invalid', field: 'card_cvc', message: "Your card's security code is incomplete." }
  }

  const decline = DECLINING_CARDS[number]
  if (decline !== undefined) {
    return { outcome: 'declined', ...decline }
  }
  const brand = SUCCEEDING_CARDS[number]
  if (brand === undefined) {
    return {
      outcome: 'declined',
      declineCode: 'test_mode_live_card',
      message: 'Your card was declined. Your request was in test mode, but used a non test card.',
    }
  }

  return { outcome: 'approved', card: { brand, last4: number.slice(-4), expMonth: month, expYear: year } }
}

function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) {
        digit -= 9
      }
    }
    sum += digit
  }

  return sum % 10 === 0
}
