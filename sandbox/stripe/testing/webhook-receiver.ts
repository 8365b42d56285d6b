import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; statusCode: number }

export type WebhookReceiver = {
  url: string
  received: ReceivedWebhook[]
  /** Status codes for the next requests, used in order; after them every request gets 200. */
  respondWith(statusCodes: number[]): void
  close(): Promise<void>
}

/** Starts a loopback HTTP server that records every POST, standing in for the storefront's webhook route. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = []
  const queuedStatusCodes: number[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const statusCode = queuedStatusCodes.shift() ?? 200
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), statusCode })
      response.writeHead(statusCode, { 'content-type': 'text/plain' }).end(statusCode < 300 ? 'ok' : 'failed')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/webhooks/${randomUUID()}`,
    received,
    respondWith: (statusCodes) => queuedStatusCodes.push(...statusCodes),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** Creates a fresh test-mode key, so each test has its own simulated account. */
export function createTestSecretKey(): string {
  return `sk_test_${randomUUID().replaceAll('-', '')}`
}
