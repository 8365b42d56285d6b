import { isIP } from 'node:net'

import { CatProxiesResponseError } from '../errors'
import type { ProxyLine } from '../types'
import { FieldReader, joinPath } from './field-reader'
import { integerSchema, textSchema } from './values'

export type LineDefaults = {
  host: string | null
  port: number | null
  username: string | null
  password: string | null
}

const HOST_KEYS = ['host', 'hostip', 'ip', 'address']
const PORT_KEYS = ['port', 'port_http', 'httpPort', 'port_socks', 'port_socks5']
const USERNAME_KEYS = ['username', 'login', 'user']
const PASSWORD_KEYS = ['password', 'pass']

/**
 * Parses a list of proxy endpoints. Items may be objects (`{ip, port, username, password}`
 * under several spellings) or strings in the forms `host`, `host:port`,
 * `host:port:user:pass` and `user:pass@host:port`. Missing parts come from `defaults`,
 * which carries the order-level port and credentials.
 */
export function parseProxyLines(items: unknown[], path: string, defaults: LineDefaults): ProxyLine[] {
  return items.map((item, index) => {
    const itemPath = joinPath(path, index)
    if (typeof item === 'string') return parseLineText(item, itemPath, defaults)

    return parseLineObject(FieldReader.from(item, itemPath), defaults)
  })
}

function parseLineObject(line: FieldReader, defaults: LineDefaults): ProxyLine {
  const host = line.optional(HOST_KEYS, textSchema) ?? defaults.host
  const port = line.optional(PORT_KEYS, integerSchema) ?? defaults.port
  if (host === null) throw new CatProxiesResponseError(joinPath(line.path, 'host'), 'missing (also tried hostip, ip)')
  if (port === null) throw new CatProxiesResponseError(joinPath(line.path, 'port'), 'missing (also tried port_http)')

  return {
    host,
    port,
    username: line.optional(USERNAME_KEYS, textSchema) ?? defaults.username,
    password: line.optional(PASSWORD_KEYS, textSchema) ?? defaults.password,
    protocol: line.optional(['protocol'], textSchema),
  }
}

function parseLineText(text: string, path: string, defaults: LineDefaults): ProxyLine {
  const trimmed = text.trim()
  const atIndex = trimmed.lastIndexOf('@')
  if (atIndex > 0) {
    const [username = '', ...passwordParts] = trimmed.slice(0, atIndex).split(':')
    const endpoint = parseLineText(trimmed.slice(atIndex + 1), path, defaults)

    return { ...endpoint, username, password: passwordParts.join(':') }
  }

  if (isIP(trimmed) === 6) return defaultsAsLine(trimmed, path, defaults)

  // A password may itself contain ":", so everything after the third colon belongs to it.
  // An IPv6 host must then be bracketed: "[2001:db8::1]:8080:user:pass".
  const bracketed = /^\[([^\]]+)\](.*)$/.exec(trimmed)
  const [host = '', portText, username, ...passwordParts] = bracketed
    ? [bracketed[1], ...(bracketed[2] ?? '').split(':').slice(1)]
    : trimmed.split(':')
  const port = portText === undefined ? defaults.port : Number(portText)
  if (host === '') throw new CatProxiesResponseError(path, 'expected "host:port[:user:pass]", got an empty host')
  if (port === null || !Number.isInteger(port) || port <= 0 || port > 65_535) {
    // The line may contain a password, so only the port part is quoted.
    throw new CatProxiesResponseError(path, `expected "host:port[:user:pass]", got port ${JSON.stringify(portText ?? null)}`)
  }

  return {
    host,
    port,
    username: username ?? defaults.username,
    password: passwordParts.length > 0 ? passwordParts.join(':') : defaults.password,
    protocol: null,
  }
}

function defaultsAsLine(host: string, path: string, defaults: LineDefaults): ProxyLine {
  if (defaults.port === null) throw new CatProxiesResponseError(path, 'IPv6 address without a port')

  return { host, port: defaults.port, username: defaults.username, password: defaults.password, protocol: null }
}
