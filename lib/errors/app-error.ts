/**
 * The one error type that crosses from lib/ to route handlers. `message` is for logs;
 * `userMessage` is safe to show the customer. `field` names the input at fault.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'temporarily_unavailable'
  | 'upstream_failed'
  | 'internal'

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly userMessage: string
  readonly field?: string

  constructor(code: AppErrorCode, message: string, options: { userMessage?: string; field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.userMessage = options.userMessage ?? message
    this.field = options.field
  }
}

/** HTTP status for each error code: the single table that route handlers use. */
export const STATUS_BY_ERROR_CODE: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  temporarily_unavailable: 503,
  upstream_failed: 502,
  internal: 500,
}

export function invalidInput(field: string, message: string): AppError {
  return new AppError('invalid_input', message, { field })
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`)
}
