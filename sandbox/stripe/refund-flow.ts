import { invalidParam, invalidRequest, resourceMissing } from './api-error'
import type { RequestInfo, SimulatorContext } from './context'
import { AUTOMATIC_REQUEST, nowSeconds } from './context'
import { publishEvent } from './events'
import { createId } from './ids'
import { formatMinorUnits } from './money-format'
import type { SimulatedCharge, SimulatedDispute, SimulatedRefund } from './objects/payment'
import type { Account } from './state'

export type RefundInput = {
  payment_intent?: string | undefined
  charge?: string | undefined
  /** Minor units; defaults to the whole amount not yet refunded. */
  amount?: number | undefined
  reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer' | undefined
  metadata?: Record<string, string> | undefined
}

/**
 * Refunds a succeeded charge, fully or in part. Updates the charge's `amount_refunded` and `refunded`,
 * and emits `refund.created` and `charge.refunded`. Throws a 404 for an unknown payment_intent or charge,
 * and a 400 for a charge that is not succeeded, disputed, already fully refunded, or smaller than `amount`.
 */
export function createRefund(context: SimulatorContext, account: Account, input: RefundInput, request: RequestInfo): SimulatedRefund {
  const charge = findSucceededCharge(account, input)
  if (charge.disputed) {
    throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, 'charge_disputed')
  }

  const unrefunded = charge.amount - charge.amount_refunded
  if (unrefunded === 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded')
  }
  const amount = input.amount ?? unrefunded
  if (amount > unrefunded) {
    throw invalidParam(
      'amount',
      `Refund amount (${formatMinorUnits(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMinorUnits(unrefunded, charge.currency)})`,
      'amount_too_large',
    )
  }

  const refund: SimulatedRefund = {
    id: createId('re_'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: nowSeconds(context),
    currency: charge.currency,
    metadata: input.metadata ?? {},
    payment_intent: charge.payment_intent,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  }
  account.refunds.set(refund.id, refund)
  charge.amount_refunded += amount
  charge.refunded = charge.amount_refunded === charge.amount

  publishEvent(context, account, 'refund.created', refund, request)
  publishEvent(context, account, 'charge.refunded', charge, request)
  context.onChange()

  return refund
}

/**
 * Opens a dispute (chargeback) on a PaymentIntent's succeeded charge and emits `charge.dispute.created`.
 * Throws when the PaymentIntent is unknown or has no succeeded charge.
 */
export function createDispute(context: SimulatorContext, paymentIntentId: string): SimulatedDispute {
  const account = context.store.findPaymentIntentOwner(paymentIntentId)
  if (account === undefined) {
    throw resourceMissing('payment_intent', paymentIntentId, 'payment_intent')
  }
  const charge = findSucceededCharge(account, { payment_intent: paymentIntentId })

  const dispute: SimulatedDispute = {
    id: createId('dp_'),
    object: 'dispute',
    amount: charge.amount - charge.amount_refunded,
    charge: charge.id,
    created: nowSeconds(context),
    currency: charge.currency,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: paymentIntentId,
    reason: 'fraudulent',
    status: 'needs_response',
  }
  account.disputes.set(dispute.id, dispute)
  charge.disputed = true

  publishEvent(context, account, 'charge.dispute.created', dispute, AUTOMATIC_REQUEST)
  context.onChange()

  return dispute
}

function findSucceededCharge(account: Account, input: Pick<RefundInput, 'payment_intent' | 'charge'>): SimulatedCharge {
  if (input.charge !== undefined) {
    const charge = account.charges.get(input.charge)
    if (charge === undefined) {
      throw resourceMissing('charge', input.charge, 'charge')
    }

    return requireSucceeded(charge)
  }
  if (input.payment_intent === undefined) {
    throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.')
  }

  const paymentIntent = account.paymentIntents.get(input.payment_intent)
  if (paymentIntent === undefined) {
    throw resourceMissing('payment_intent', input.payment_intent, 'payment_intent')
  }
  const charge = account.charges.get(String(paymentIntent.latest_charge))
  if (paymentIntent.status !== 'succeeded' || charge === undefined) {
    throw invalidRequest(
      `PaymentIntent ${paymentIntent.id} does not have a successful charge to refund (status "${paymentIntent.status}").`,
      'charge_not_refundable',
    )
  }

  return requireSucceeded(charge)
}

function requireSucceeded(charge: SimulatedCharge): SimulatedCharge {
  if (charge.status !== 'succeeded') {
    throw invalidRequest(`Charge ${charge.id} cannot be refunded because its status is "${charge.status}".`, 'charge_not_refundable')
  }

  return charge
}
