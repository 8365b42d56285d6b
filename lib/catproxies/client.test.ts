import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { createCatProxiesClient } from './client'
import { CatProxiesInputError } from './errors'

// Guards that reject bad input before any request is sent. The fetch fails the test if called.

const API_KEY = `cp_${'f6'.repeat(32)}`

function guardedClient(options: { mobileTargetingSnapshotUrl?: string } = {}) {
  const fetch = (async () => {
    throw new Error('no request may be sent for invalid input')
  }) as typeof globalThis.fetch

  return createCatProxiesClient({ apiKey: API_KEY, baseUrl: 'http://127.0.0.1:9/api/v1/public', fetch, logger: pino({ level: 'silent' }), ...options })
}

describe('client input guards', () => {
  it.each([
    ['an order id with a slash', () => guardedClient().getOrder('a/b')],
    ['a dot-segment order id', () => guardedClient().getExtendOptions('..')],
    ['an invalid whitelist IP', () => guardedClient().addWhitelistIp('abc', '300.1.1.1')],
    ['an empty IP to remove', () => guardedClient().removeWhitelistIp('abc', '')],
    ['an unknown proxyType', () => guardedClient().listStorePackages({ proxyType: 'Residential' as 'Isp' })],
    ['a metrics view with spaces', () => guardedClient().getUnlimitedMetrics('abc', { view: 'a b' })],
    ['a zero metrics page', () => guardedClient().getUnlimitedMetrics('abc', { page: 0 })],
    ['a zero orders page', () => guardedClient().listOrders({ page: 0 })],
    ['a region id with a slash', () => guardedClient().listMobileCities({ countryId: 1, regionId: '1/2' })],
    ['a missing snapshot URL', () => guardedClient().getMobileTargetingSnapshot()],
    ['an extend package id with a dot', () => guardedClient().extendOrder('abc', { packageId: 'a.b' })],
  ])('rejects %s', async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(CatProxiesInputError)
  })

  it.each([
    ['an empty key', ''],
    ['a key with a newline', `cp_abc\n${'0'.repeat(20)}`],
    ['a key without the prefix', 'a'.repeat(64)],
  ])('rejects %s', (_name, apiKey) => {
    expect(() => createCatProxiesClient({ apiKey })).toThrow(CatProxiesInputError)
  })

  it('rejects a snapshot URL that is not http', () => {
    expect(() => guardedClient({ mobileTargetingSnapshotUrl: 'file:///etc/passwd' })).toThrow(CatProxiesInputError)
  })
})
