import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

// Format: "v1:" + base64(iv[12] | authTag[16] | ciphertext). The version prefix lets a
// later key rotation tell old ciphertexts from new ones.
const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * Reads the 32-byte AES-256-GCM key from SECRETS_KEY (base64 or 64 hex characters).
 * Throws with the fix when it is missing or the wrong length.
 */
export function getSecretsKey(value = process.env.SECRETS_KEY): Buffer {
  if (!value) {
    throw new Error('SECRETS_KEY is not set; generate one with `openssl rand -base64 32`')
  }

  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64')
  if (key.length !== 32) {
    throw new Error(`SECRETS_KEY must decode to 32 bytes, got ${key.length}; generate one with \`openssl rand -base64 32\``)
  }

  return key
}

/** Encrypts a secret (API key, proxy password) for storage with AES-256-GCM and a random IV. */
export function encryptSecret(plaintext: string, key: Buffer = getSecretsKey()): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()

  return `${VERSION}:${Buffer.concat([iv, tag, ciphertext]).toString('base64')}`
}

/** Decrypts what encryptSecret produced. Throws when the data or key was tampered with or differs. */
export function decryptSecret(sealed: string, key: Buffer = getSecretsKey()): string {
  const [version, body] = sealed.split(':', 2)
  if (version !== VERSION || !body) {
    throw new Error('Encrypted secret has an unknown format')
  }

  const raw = Buffer.from(body, 'base64')
  const iv = raw.subarray(0, IV_BYTES)
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES)
  const ciphertext = raw.subarray(IV_BYTES + TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAuthTag(tag)

  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
}
