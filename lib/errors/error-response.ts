import { NextResponse } from 'next/server'
import { ZodError } from 'zod'

import { AppError, STATUS_BY_ERROR_CODE } from '@/lib/errors/app-error'
import type { Logger } from '@/lib/logger'

export type ErrorBody = {
  error: { code: string; message: string; field?: string }
}

/**
 * Maps any thrown value to a JSON error response. Zod errors become 400s that name the
 * first failing field; AppErrors use their status; anything else is logged and becomes
 * a 500 with generic text, so internal details never reach the browser.
 */
export function toErrorResponse(error: unknown, log: Logger): NextResponse<ErrorBody> {
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    const field = issue?.path.join('.') || undefined
    const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid input'

    return NextResponse.json({ error: { code: 'invalid_input', message, field } }, { status: 400 })
  }

  if (error instanceof AppError) {
    const status = STATUS_BY_ERROR_CODE[error.code]
    if (status >= 500) log.error({ err: error, code: error.code }, error.message)

    return NextResponse.json(
      { error: { code: error.code, message: error.userMessage, field: error.field } },
      { status },
    )
  }

  log.error({ err: error }, 'unhandled error in route handler')

  return NextResponse.json(
    { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
    { status: 500 },
  )
}

/** Reads a JSON request body, turning malformed JSON into a 400 instead of a 500. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw new AppError('invalid_input', 'Request body must be valid JSON', { field: 'body' })
  }
}
