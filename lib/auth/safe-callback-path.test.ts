import { describe, expect, it } from 'vitest'

import { safeCallbackPath } from '@/lib/auth/safe-callback-path'

describe('safeCallbackPath', () => {
  it('keeps a same-site path', () => {
    expect(safeCallbackPath('/packages/abc?x=1')).toBe('/packages/abc?x=1')
  })

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example', '', undefined, null, 'orders'])('replaces %j with /', (input) => {
    expect(safeCallbackPath(input)).toBe('/')
  })
})
