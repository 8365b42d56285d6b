import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Envelope writers and request helpers. Upstream wraps success as
 * `{ type: "response", message: "success", payload, pagination }` and errors as
 * `{ type: "error", message, status }`; the simulator does the same on every route.
 */

/** Error that route handlers throw to reply with an error envelope. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'SimHttpError'
  }
}

export type SimReply = {
  payload: unknown
  pagination?: Record<string, unknown>
}

const MAX_BODY_BYTES = 64 * 1024

export function sendSuccess(response: ServerResponse, reply: SimReply): void {
  sendJson(response, 200, { type: 'response', message: 'success', payload: reply.payload, pagination: reply.pagination ?? {} })
}

export function sendError(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { type: 'error', message, status }, headers)
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

/** Reads a JSON body. An empty body reads as `{}`; anything else must be a JSON object. */
export async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new SimHttpError(400, `Request body is larger than ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }

  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return {}

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new SimHttpError(400, 'Invalid JSON body')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SimHttpError(400, 'Request body must be a JSON object')
  }

  return body as Record<string, unknown>
}

/** Parses a page/pageSize query pair with upstream-like defaults and bounds. */
export function readPaging(query: URLSearchParams, defaultSize: number, maxSize: number): { page: number; pageSize: number } {
  const page = readPositiveInteger(query, 'page') ?? 1
  const pageSize = Math.min(readPositiveInteger(query, 'pageSize') ?? defaultSize, maxSize)

  return { page, pageSize }
}

export function readPositiveInteger(query: URLSearchParams, name: string): number | null {
  const text = query.get(name)
  if (text === null || text === '') return null
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new SimHttpError(400, `${name} must be a positive integer, got "${text}"`)

  return Number(text)
}

/** Builds the pagination block for one page of `items`. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number) {
  const totalItems = items.length
  const totalPages = Math.ceil(totalItems / pageSize)
  const pageItems = items.slice((page - 1) * pageSize, page * pageSize)

  return { pageItems, pagination: { page, pageSize, totalPages, totalItems } }
}
