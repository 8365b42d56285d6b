import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createStripeClient } from '@/lib/payments/stripe-client'

import { startStripeSimulator } from './server'
import { checkoutSessionParams, submitHostedPayment } from './testing/fixtures'
import { createTestSecretKey, startWebhookReceiver } from './testing/webhook-receiver'

let directory: string

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'stripe-simulator-'))
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

describe('stateFile', () => {
  it('keeps state across a restart', async () => {
    const stateFile = path.join(directory, 'state', 'stripe.json')
    const secretKey = createTestSecretKey()
    const receiver = await startWebhookReceiver()

    const first = await startStripeSimulator({ stateFile })
    const firstClient = createStripeClient({ secretKey, apiBaseUrl: first.url })
    const endpoint = await firstClient.webhookEndpoints.create({ url: receiver.url, enabled_events: ['checkout.session.completed'] })
    const session = await firstClient.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'create-before-restart' })
    await first.close()

    const second = await startStripeSimulator({ stateFile })
    try {
      const secondClient = createStripeClient({ secretKey, apiBaseUrl: second.url })
      const restored = await secondClient.checkout.sessions.retrieve(session.id)
      const replayed = await secondClient.checkout.sessions.create(checkoutSessionParams(), { idempotencyKey: 'create-before-restart' })

      expect(second.url).not.toBe(first.url)
      expect(restored.status).toBe('open')
      expect(restored.metadata).toEqual(session.metadata)
      expect(restored.url).toBe(`${second.url}/checkout/${session.id}`)
      expect(replayed.id).toBe(session.id)
      expect((await secondClient.webhookEndpoints.list()).data.map((item) => item.id)).toEqual([endpoint.id])

      expect((await submitHostedPayment(second.url, session.id)).status).toBe(303)
      await second.waitForWebhookDeliveries()
      const delivery = receiver.received[0]
      const event = secondClient.webhooks.constructEvent(String(delivery?.body), String(delivery?.headers['stripe-signature']), String(endpoint.secret))
      expect(event.type).toBe('checkout.session.completed')
    } finally {
      await second.close()
      await receiver.close()
    }
    expect(statSync(stateFile).mode & 0o777).toBe(0o600)
  })

  it('rejects another file version', async () => {
    const stateFile = path.join(directory, 'stripe.json')
    writeFileSync(stateFile, JSON.stringify({ version: 99, accounts: [] }))

    await expect(startStripeSimulator({ stateFile })).rejects.toThrow(/is not version 1; delete it/)
  })
})
