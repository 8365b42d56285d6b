import { describe, expect, it } from 'vitest'

import { parseDatacenterCountries, parseServers } from './gateways'
import { catchResponseError, wrapPayload } from './testing'

describe('parseServers', () => {
  it('reads servers with numeric ids as strings', () => {
    const servers = parseServers(wrapPayload({ servers: [{ id: 1, name: 'US East', host: 'gw.example.test', country: 'US', weight: 3 }] }))

    expect(servers).toEqual([{ id: '1', name: 'US East', host: 'gw.example.test', country: 'US', extra: { weight: 3 } }])
  })

  it('accepts a bare array with only ids', () => {
    expect(parseServers(wrapPayload([{ id: 'a' }]))[0]).toMatchObject({ id: 'a', name: null, host: null })
  })

  it('names a missing server id', () => {
    expect(catchResponseError(() => parseServers(wrapPayload({ servers: [{ name: 'x' }] }))).fieldPath).toBe('payload.servers[0].id')
  })

  it('names a missing server list', () => {
    expect(catchResponseError(() => parseServers(wrapPayload({}))).fieldPath).toBe('payload.servers')
  })
})

describe('parseDatacenterCountries', () => {
  it('reads integer stock and upper-cases codes', () => {
    const countries = parseDatacenterCountries(wrapPayload({ countries: [{ code: 'us', name: 'United States', available: '120' }] }))

    expect(countries).toEqual([{ code: 'US', name: 'United States', available: 120, extra: {} }])
  })

  it('rejects a boolean stock value', () => {
    const error = catchResponseError(() => parseDatacenterCountries(wrapPayload({ countries: [{ code: 'US', available: true }] })))

    expect(error.fieldPath).toBe('payload.countries[0].available')
  })
})
