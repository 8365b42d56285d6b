import { describe, expect, it } from 'vitest'

import { buildGatewayLines, type GatewayLinesRequest } from '@/lib/products/build-gateway-lines'
import { buildCredentialsView, type GatewayCredentials } from '@/lib/products/credentials-view'

const residential: GatewayCredentials = {
  usernameGrammar: 'residential',
  usernameType: 'residential',
  host: 'resi-us.catproxies.com',
  ports: [{ protocol: 'http', port: 9000 }, { protocol: 'socks5', port: 11000 }],
  baseUsername: 'res01',
  password: 'pw',
  isGrammarConfirmed: true,
  preset: null,
}

const request: GatewayLinesRequest = { gateway: residential, protocol: 'http', countryCode: null, usState: null, city: null, sticky: null, format: 'ip-port-user-pass' }

describe('buildGatewayLines', () => {
  it('builds a rotating line', () => {
    const result = buildGatewayLines(request)

    expect(result).toMatchObject({ isValid: true, value: { lines: ['resi-us.catproxies.com:9000:res01-type-residential:pw'] } })
  })

  it('builds numbered sticky sessions on the SOCKS5 port', () => {
    const result = buildGatewayLines({ ...request, protocol: 'socks5', countryCode: 'us', sticky: { sessionId: 'ab', lifetimeMinutes: 60, count: 3 }, format: 'url' })

    if (!result.isValid) throw new Error(result.message)
    expect(result.value.lines).toEqual([
      'socks5://res01-type-residential-country-us-lifetime-60-session-ab:pw@resi-us.catproxies.com:11000',
      'socks5://res01-type-residential-country-us-lifetime-60-session-ab2:pw@resi-us.catproxies.com:11000',
      'socks5://res01-type-residential-country-us-lifetime-60-session-ab3:pw@resi-us.catproxies.com:11000',
    ])
    expect(result.value.curlCommand).toBe(
      "curl --proxy 'socks5h://resi-us.catproxies.com:11000' --proxy-user 'res01-type-residential-country-us-lifetime-60-session-ab:pw' https://api.ipify.org",
    )
  })

  it.each<[string, Partial<GatewayLinesRequest>, string]>([
    ['a protocol the gateway lacks', { gateway: { ...residential, ports: [{ protocol: 'http', port: 9000 }] }, protocol: 'socks5' }, 'protocol'],
    ['zero sessions', { sticky: { sessionId: 'a', lifetimeMinutes: 30, count: 0 } }, 'count'],
    ['101 sessions', { sticky: { sessionId: 'a', lifetimeMinutes: 30, count: 101 } }, 'count'],
    ['a state outside the US', { countryCode: 'de', usState: 'texas' }, 'usState'],
  ])('rejects %s', (_name, overrides, field) => {
    expect(buildGatewayLines({ ...request, ...overrides })).toMatchObject({ isValid: false, field })
  })
})

describe('buildCredentialsView', () => {
  const credentials = {
    username: 'm_abc',
    password: 'pw',
    proxies: [{ host: 'mobile-us.catproxies.com', port: 5000, username: 'm_abc', password: 'pw', protocol: null }],
  }

  it('prefills mobile targeting chosen at checkout', () => {
    const view = buildCredentialsView({
      proxyType: 'RotatingMobile',
      credentials,
      configuration: {
        proxyType: 'RotatingMobile',
        targeting: { country: { id: '1', name: 'United States', code: 'US' }, region: null, city: { id: '121', name: 'New York City', code: null }, carrier: null },
      },
    })

    expect(view.lines).toEqual([{ host: 'mobile-us.catproxies.com', port: 5000, username: 'm_abc-country-US-city-new+york+city', password: 'pw' }])
    expect(view.gateway?.ports).toEqual([{ protocol: 'http', port: 5000 }])
  })

  it('lists per-IP lines with the order credentials filled in', () => {
    const view = buildCredentialsView({
      proxyType: 'DatacenterP',
      credentials: { username: 'cp1', password: 'pw', proxies: [{ host: '198.51.100.1', port: 1338, username: null, password: null, protocol: null }] },
      configuration: null,
    })

    expect(view).toEqual({ lines: [{ host: '198.51.100.1', port: 1338, username: 'cp1', password: 'pw' }], gateway: null })
  })

  it('falls back to the documented residential gateway', () => {
    const view = buildCredentialsView({ proxyType: 'gResidential', credentials: { username: 'res01', password: 'pw', proxies: [] }, configuration: null })

    expect(view.gateway).toMatchObject({ host: 'resi-us.catproxies.com', ports: [{ protocol: 'http', port: 9000 }, { protocol: 'socks5', port: 11000 }] })
    expect(view.lines[0]?.username).toBe('res01-type-residential')
  })
})
