/**
 * Error types of Stripe's API error body `{ error: { type, message, code?, param? } }`.
 * stripe-node chooses its error class (StripeInvalidRequestError, StripeAuthenticationError, …)
 * from `type` and the HTTP status, so both must match Stripe's.
 */
export type StripeErrorType =
  | 'api_error'
  | 'card_error'
  | 'idempotency_error'
  | 'invalid_request_error'

export type StripeErrorBody = {
  error: {
    type: StripeErrorType
    message: string
    code?: string
    param?: string
  }
}

export class StripeApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: StripeErrorType,
    message: string,
    readonly details: { code?: string; param?: string } = {},
  ) {
    super(message)
    this.name = 'StripeApiError'
  }

  toBody(): StripeErrorBody {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.details.code === undefined ? {} : { code: this.details.code }),
        ...(this.details.param === undefined ? {} : { param: this.details.param }),
      },
    }
  }
}

/** Creates a 400 `invalid_request_error` that names the invalid parameter, as Stripe does. */
export function invalidParam(param: string, message: string, code = 'parameter_invalid'): StripeApiError {
  return new StripeApiError(400, 'invalid_request_error', message, { code, param })
}

/** Creates a 400 `invalid_request_error` about the state of an object rather than one parameter. */
export function invalidRequest(message: string, code?: string): StripeApiError {
  return new StripeApiError(400, 'invalid_request_error', message, code === undefined ? {} : { code })
}

/**
 * Creates the 404 for an id the account does not own. Stripe returns the same 404 for ids of other
 * accounts, so the message does not reveal whether the object exists elsewhere.
 */
export function resourceMissing(objectName: string, id: string, param: string): StripeApiError {
  return new StripeApiError(404, 'invalid_request_error', `No such ${objectName}: '${id}'`, {
    code: 'resource_missing',
    param,
  })
}
