import { formatMinorUnits } from '../money-format'
import type { CheckoutSessionRecord } from '../state'
import { escapeHtml, renderPage } from './layout'
import type { CardField } from './test-cards'

/** Values the customer typed, echoed back when the page is shown again with an error. */
export type CheckoutFormValues = {
  email: string
  paymentMethod: 'card' | 'us_bank_account'
  cardNumber: string
  cardExpiry: string
  cardCvc: string
  cardholderName: string
}

export type CheckoutFormError = { message: string; field: CardField | 'email' | null }

/** Prefilled values: the success test card, an expiry three years ahead and the session's customer_email. */
export function defaultFormValues(record: CheckoutSessionRecord, now: Date): CheckoutFormValues {
  const expiryYear = String((now.getUTCFullYear() + 3) % 100).padStart(2, '0')

  return {
    email: record.session.customer_email ?? '',
    paymentMethod: 'card',
    cardNumber: '4242 4242 4242 4242',
    cardExpiry: `12 / ${expiryYear}`,
    cardCvc: '123',
    cardholderName: '',
  }
}

/** Renders the payment page of an open session: order summary, payment form and cancel link. */
export function renderCheckoutPage(record: CheckoutSessionRecord, values: CheckoutFormValues, error: CheckoutFormError | null): string {
  const { session } = record
  const currency = session.currency ?? 'usd'
  const total = formatMinorUnits(session.amount_total ?? 0, currency)
  const merchant = record.displayName === null ? '' : `<p class="merchant">${escapeHtml(record.displayName)}</p>`
  const items = record.lineItems
    .map((item) => {
      const unit = formatMinorUnits(item.price.unit_amount ?? 0, currency)
      const name = escapeHtml(item.description ?? '')
      const productDescription = record.productDescriptions[item.id]
      const details = productDescription === undefined ? '' : `<span class="muted">${escapeHtml(productDescription)}</span>`

      return `<li><span><span class="item-name">${name}</span>${details}<span class="muted">Qty ${item.quantity ?? 1} × ${unit}</span></span><span>${formatMinorUnits(item.amount_total, currency)}</span></li>`
    })
    .join('\n')
  const cancel =
    session.cancel_url === null
      ? ''
      : `<a class="cancel" href="${escapeHtml(session.cancel_url)}">Cancel and return to ${escapeHtml(record.displayName ?? 'the store')}</a>`

  const summary = `<section class="summary" aria-labelledby="summary-heading">
<p class="badge">Test mode</p>
${merchant}
<h1 id="summary-heading">Pay <span class="total">${total}</span></h1>
<ul class="items">
${items}
</ul>
<dl class="totals"><dt>Total due</dt><dd>${total}</dd></dl>
</section>`

  const payment = `<section aria-labelledby="payment-heading">
<h2 id="payment-heading">Payment details</h2>
${error === null ? '' : `<p class="alert" role="alert" id="form-error">${escapeHtml(error.message)}</p>`}
<form method="post" action="/checkout/${encodeURIComponent(session.id)}/pay">
<div>${textInput({ id: 'email', name: 'email', label: 'Email', type: 'email', autocomplete: 'email', value: values.email, error, isRequired: true })}</div>
<fieldset>
<legend>Payment method</legend>
<label class="choice"><input type="radio" name="payment_method" value="card"${values.paymentMethod === 'card' ? ' checked' : ''}> Card</label>
<label class="choice"><input type="radio" name="payment_method" value="us_bank_account"${values.paymentMethod === 'us_bank_account' ? ' checked' : ''}> <span>US bank account <span class="hint">Delayed: the payment settles after checkout completes.</span></span></label>
</fieldset>
<div class="card-fields">
<div>${textInput({ id: 'card_number', name: 'card_number', label: 'Card number', autocomplete: 'cc-number', value: values.cardNumber, error, hint: 'Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.' })}</div>
<div class="row">
<div>${textInput({ id: 'card_expiry', name: 'card_expiry', label: 'Expiry (MM / YY)', autocomplete: 'cc-exp', value: values.cardExpiry, error })}</div>
<div>${textInput({ id: 'card_cvc', name: 'card_cvc', label: 'CVC', autocomplete: 'cc-csc', value: values.cardCvc, error })}</div>
</div>
<div>${textInput({ id: 'cardholder_name', name: 'cardholder_name', label: 'Name on card', autocomplete: 'cc-name', value: values.cardholderName, error })}</div>
</div>
<button type="submit">Pay ${total}</button>
</form>
${cancel}
</section>`

  const title = `Pay ${total}${record.displayName === null ? '' : ` to ${record.displayName}`} – Checkout (test mode)`

  return renderPage(title, `${summary}\n${payment}`, 'checkout')
}

type TextInputOptions = {
  id: string
  name: string
  label: string
  type?: 'text' | 'email'
  autocomplete: string
  value: string
  error: CheckoutFormError | null
  hint?: string
  isRequired?: boolean
}

/** Renders a labelled input. When the error concerns it, the input is marked invalid and described by the alert. */
function textInput(options: TextInputOptions): string {
  const isInvalid = options.error?.field === options.id
  const describedBy = [options.hint === undefined ? null : `${options.id}-hint`, isInvalid ? 'form-error' : null]
    .filter((id) => id !== null)
    .join(' ')
  const numeric = options.id.startsWith('card_') ? ' inputmode="numeric"' : ''
  const attributes = [
    `id="${options.id}"`,
    `name="${options.name}"`,
    `type="${options.type ?? 'text'}"`,
    `autocomplete="${options.autocomplete}"`,
    `value="${escapeHtml(options.value)}"`,
    options.isRequired === true ? 'required' : '',
    isInvalid ? 'aria-invalid="true"' : '',
    describedBy === '' ? '' : `aria-describedby="${describedBy}"`,
  ].filter((attribute) => attribute !== '')
  const hint = options.hint === undefined ? '' : `<span class="hint" id="${options.id}-hint">${escapeHtml(options.hint)}</span>`

  return `<label for="${options.id}">${escapeHtml(options.label)}</label><input ${attributes.join(' ')}${numeric}>${hint}`
}
