import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { decryptSecret, encryptSecret, getSecretsKey } from '@/lib/crypto/secret-box'

const key = randomBytes(32)

describe('secret box', () => {
  it('round-trips a secret', () => {
    const sealed = encryptSecret('cp_secret', key)

    expect(sealed.startsWith('v1:')).toBe(true)
    expect(sealed).not.toContain('cp_secret')
    expect(decryptSecret(sealed, key)).toBe('cp_secret')
  })

  it('uses a fresh IV for each encryption', () => {
    expect(encryptSecret('same', key)).not.toBe(encryptSecret('same', key))
  })

  it('rejects a tampered ciphertext', () => {
    const sealed = encryptSecret('cp_secret', key)
    const raw = Buffer.from(sealed.slice(3), 'base64')
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1

    expect(() => decryptSecret(`v1:${raw.toString('base64')}`, key)).toThrow()
  })

  it('rejects the wrong key', () => {
    expect(() => decryptSecret(encryptSecret('cp_secret', key), randomBytes(32))).toThrow()
  })

  it('reads a base64 or hex key and names the fix when it is wrong', () => {
    expect(getSecretsKey(key.toString('base64'))).toEqual(key)
    expect(getSecretsKey(key.toString('hex'))).toEqual(key)
    expect(() => getSecretsKey(undefined)).toThrow(/SECRETS_KEY is not set/)
    expect(() => getSecretsKey('c2hvcnQ=')).toThrow(/32 bytes/)
  })
})
