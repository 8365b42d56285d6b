export type ApiError = { code: string; message: string; field?: string }

/** Reads the `{ error: { code, message, field } }` body our API routes send on failure. */
export async function readApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: Partial<ApiError> }
    if (body.error?.message) {
      return { code: body.error.code ?? 'unknown', message: body.error.message, field: body.error.field }
    }
  } catch {
    // Not JSON: fall through to a generic message.
  }

  return { code: 'unknown', message: `Request failed (HTTP ${response.status}). Please try again.` }
}

/** The message without its leading "field: " prefix, for display under that field's input. */
export function inlineFieldMessage(error: ApiError): string {
  const prefix = `${error.field}: `

  return error.field && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
}
