import { describe, expect, it } from 'vitest'

import { StripeApiError } from './api-error'
import { parseFormEncoded } from './form-encoding'

describe('parseFormEncoded', () => {
  it('nests bracket keys', () => {
    const parsed = parseFormEncoded(
      'line_items[0][price_data][unit_amount]=1250&line_items[0][quantity]=2&metadata[orderId]=order_1',
    )

    expect(parsed).toEqual({
      line_items: { '0': { price_data: { unit_amount: '1250' }, quantity: '2' } },
      metadata: { orderId: 'order_1' },
    })
  })

  it('appends empty-bracket items in order', () => {
    expect(parseFormEncoded('expand[]=payment_intent&expand[]=line_items')).toEqual({
      expand: { '0': 'payment_intent', '1': 'line_items' },
    })
  })

  it('decodes percent and plus encoding', () => {
    expect(parseFormEncoded('success_url=http%3A%2F%2F127.0.0.1%2Fok%3Fid%3D%7BCHECKOUT_SESSION_ID%7D&name=a+b')).toEqual({
      success_url: 'http://127.0.0.1/ok?id={CHECKOUT_SESSION_ID}',
      name: 'a b',
    })
  })

  it('reads encoded and raw brackets alike', () => {
    expect(parseFormEncoded('metadata%5Bkey%5D=v')).toEqual(parseFormEncoded('metadata[key]=v'))
  })

  it.each([
    ['__proto__[polluted]=1'],
    ['metadata[__proto__]=1'],
    ['a[constructor][prototype]=1'],
    ['a[b=1'],
    ['[a]=1'],
  ])('rejects malformed or dangerous key %s', (body) => {
    expect(() => parseFormEncoded(body)).toThrow(StripeApiError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects a value-and-object key', () => {
    expect(() => parseFormEncoded('metadata=x&metadata[a]=1')).toThrow(/both as a value and as an object/)
    expect(() => parseFormEncoded('metadata[a]=1&metadata=x')).toThrow(/both as a value and as an object/)
  })

  it('rejects nesting deeper than eight levels', () => {
    expect(() => parseFormEncoded('a[b][c][d][e][f][g][h][i]=1')).toThrow(/deeper than 8 levels/)
  })
})
