import { describe, expect, it } from 'vitest'

import { normalizeHost } from '@/lib/tenants/normalize-host'

describe('normalizeHost', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['Shop.Example.COM', 'shop.example.com'],
    ['www.shop.example.com', 'shop.example.com'],
    ['shop.example.com.', 'shop.example.com'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['wwwshop.example.com', 'wwwshop.example.com'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected)
  })

  it.each([null, undefined, '', 'shop example.com', 'evil.com/path', '[::1]:3000', '.example.com', 'a..b'])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBeNull()
  })
})
