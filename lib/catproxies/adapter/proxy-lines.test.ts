import { describe, expect, it } from 'vitest'

import { parseProxyLines } from './proxy-lines'
import { catchResponseError } from './testing'

const NO_DEFAULTS = { host: null, port: null, username: null, password: null }

describe('parseProxyLines', () => {
  it.each([
    ['host:port:user:pass', '198.51.100.1:8080:alice:secret', { host: '198.51.100.1', port: 8080, username: 'alice', password: 'secret' }],
    ['password with colons', '198.51.100.1:8080:alice:a:b:c', { host: '198.51.100.1', port: 8080, username: 'alice', password: 'a:b:c' }],
    ['user:pass@host:port', 'alice:secret@198.51.100.1:8080', { host: '198.51.100.1', port: 8080, username: 'alice', password: 'secret' }],
    ['bracketed IPv6', '[2001:db8::1]:8080:alice:secret', { host: '2001:db8::1', port: 8080, username: 'alice', password: 'secret' }],
    ['host:port only', 'gw.example.test:9000', { host: 'gw.example.test', port: 9000, username: null, password: null }],
  ])('parses %s', (_name, text, expected) => {
    expect(parseProxyLines([text], 'list', NO_DEFAULTS)).toEqual([{ ...expected, protocol: null }])
  })

  it('uses the default port for a bare IPv6 address', () => {
    const lines = parseProxyLines(['2001:db8::2'], 'list', { ...NO_DEFAULTS, port: 1338 })

    expect(lines[0]).toMatchObject({ host: '2001:db8::2', port: 1338 })
  })

  it('rejects a bad port without echoing the line', () => {
    const error = catchResponseError(() => parseProxyLines(['198.51.100.1:http:alice:topsecret'], 'list', NO_DEFAULTS))

    expect(error.fieldPath).toBe('list[0]')
    expect(error.message).not.toContain('topsecret')
  })

  it('rejects a line with no port and no default', () => {
    const error = catchResponseError(() => parseProxyLines(['198.51.100.1'], 'list', NO_DEFAULTS))

    expect(error.fieldPath).toBe('list[0]')
  })

  it('names the missing host of an object line', () => {
    const error = catchResponseError(() => parseProxyLines([{ port: 80 }], 'list', NO_DEFAULTS))

    expect(error.fieldPath).toBe('list[0].host')
  })
})
