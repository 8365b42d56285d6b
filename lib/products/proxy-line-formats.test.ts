import { describe, expect, it } from 'vitest'

import { toCredentialsCsv, toCredentialsText } from '@/lib/products/credentials-export'
import { buildCurlCommand } from '@/lib/products/curl-command'
import { formatProxyLine, type ProxyEndpoint } from '@/lib/products/proxy-line-formats'

const endpoint: ProxyEndpoint = { host: '198.51.100.7', port: 8080, username: 'cp12ab', password: 'p4ss-word' }

describe('formatProxyLine', () => {
  it.each([
    ['ip-port-user-pass', '198.51.100.7:8080:cp12ab:p4ss-word'],
    ['user-pass-at-ip-port', 'cp12ab:p4ss-word@198.51.100.7:8080'],
    ['url', 'http://cp12ab:p4ss-word@198.51.100.7:8080'],
  ] as const)('formats %s', (format, expected) => {
    expect(formatProxyLine(endpoint, format)).toBe(expected)
  })

  it('percent-encodes credentials only in URLs', () => {
    const tricky = { ...endpoint, password: 'a@b:c/d' }

    expect(formatProxyLine(tricky, 'url')).toBe('http://cp12ab:a%40b%3Ac%2Fd@198.51.100.7:8080')
    expect(formatProxyLine(tricky, 'ip-port-user-pass')).toBe('198.51.100.7:8080:cp12ab:a@b:c/d')
  })

  it('brackets IPv6 hosts', () => {
    const ipv6 = { ...endpoint, host: '2001:db8::1' }

    expect(formatProxyLine(ipv6, 'ip-port-user-pass')).toBe('[2001:db8::1]:8080:cp12ab:p4ss-word')
    expect(formatProxyLine(ipv6, 'url')).toBe('http://cp12ab:p4ss-word@[2001:db8::1]:8080')
  })

  it('prints host and port alone without a username', () => {
    const whitelisted = { ...endpoint, username: null, password: null }

    expect(formatProxyLine(whitelisted, 'user-pass-at-ip-port')).toBe('198.51.100.7:8080')
    expect(formatProxyLine(whitelisted, 'url')).toBe('http://198.51.100.7:8080')
  })

  it('uses the given URL scheme', () => {
    expect(formatProxyLine(endpoint, 'url', 'socks5')).toBe('socks5://cp12ab:p4ss-word@198.51.100.7:8080')
  })
})

describe('credentials export', () => {
  const second: ProxyEndpoint = { host: '198.51.100.8', port: 8080, username: 'cp12ab', password: 'with,comma"quote' }

  it('writes one line per proxy with a final newline', () => {
    const file = toCredentialsText([endpoint, second], 'user-pass-at-ip-port')

    expect(file.body).toBe('cp12ab:p4ss-word@198.51.100.7:8080\ncp12ab:with,comma"quote@198.51.100.8:8080\n')
    expect(file.extension).toBe('txt')
  })

  it('writes CSV rows with quoting and CRLF', () => {
    const file = toCredentialsCsv([endpoint, second], 'ip-port-user-pass')

    expect(file.body).toBe(
      'host,port,username,password,proxy\r\n' +
        '198.51.100.7,8080,cp12ab,p4ss-word,198.51.100.7:8080:cp12ab:p4ss-word\r\n' +
        '198.51.100.8,8080,cp12ab,"with,comma""quote","198.51.100.8:8080:cp12ab:with,comma""quote"\r\n',
    )
    expect(file.contentType).toBe('text/csv; charset=utf-8')
  })

  it('writes an empty text file for no proxies', () => {
    expect(toCredentialsText([], 'url').body).toBe('')
  })
})

describe('buildCurlCommand', () => {
  it('quotes the proxy and credentials', () => {
    expect(buildCurlCommand(endpoint)).toBe("curl --proxy 'http://198.51.100.7:8080' --proxy-user 'cp12ab:p4ss-word' https://api.ipify.org")
  })

  it('escapes single quotes and uses socks5h', () => {
    const quoted = { ...endpoint, password: "it's" }

    expect(buildCurlCommand(quoted, 'socks5')).toBe("curl --proxy 'socks5h://198.51.100.7:8080' --proxy-user 'cp12ab:it'\\''s' https://api.ipify.org")
  })
})
