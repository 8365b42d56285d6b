import type { IncomingMessage, ServerResponse } from 'node:http'

/** Largest request body the simulator reads; Stripe's own request size limit is far above any test payload. */
export const MAX_BODY_BYTES = 1024 * 1024

export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body exceeds ${MAX_BODY_BYTES} bytes`)
    this.name = 'BodyTooLargeError'
  }
}

/** Reads the whole request body as UTF-8. Rejects with BodyTooLargeError past MAX_BODY_BYTES. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) {
      throw new BodyTooLargeError()
    }
    chunks.push(buffer)
  }

  return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(response: ServerResponse, statusCode: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(statusCode, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-cache, no-store',
  })
  response.end(body)
}

/**
 * Sends a hosted page. The CSP allows inline styles only: the pages have no scripts and load
 * nothing from elsewhere.
 */
export function sendHtml(response: ServerResponse, statusCode: number, html: string): void {
  response.writeHead(statusCode, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  })
  response.end(html)
}

export function sendRedirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location, 'content-length': 0, 'cache-control': 'no-store' })
  response.end()
}
