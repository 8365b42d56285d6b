'use client'

import { useEffect, useState } from 'react'

import { CopyButton } from '@/components/products/copy-button'
import { GatewayFacts } from '@/components/products/gateway-facts'
import { LineFormatSelect } from '@/components/products/line-format-select'
import { EMPTY_MOBILE_SELECTION, MobileTargetingFields, type MobileTargetingSelection } from '@/components/products/mobile-targeting-fields'
import { ResidentialTargetingFields, type ResidentialSelection } from '@/components/products/residential-targeting-fields'
import { SessionFields, type SessionDraft } from '@/components/products/session-fields'
import { buildGatewayLines } from '@/lib/products/build-gateway-lines'
import type { GatewayCredentials } from '@/lib/products/credentials-view'
import type { GatewayProtocol } from '@/lib/products/gateway-profiles'
import type { ProxyLineFormat } from '@/lib/products/proxy-line-formats'

/**
 * Builds targeted proxy strings for a residential or mobile gateway login: country (and
 * US state for residential), city, rotating or sticky sessions, protocol and line format,
 * with a curl command to test the first string. Everything is computed in the browser
 * from the order's credentials; nothing here connects to the gateway.
 */
export function ProxyStringBuilder({ tenantId, gateway }: { tenantId: string; gateway: GatewayCredentials }) {
  const [protocol, setProtocol] = useState<GatewayProtocol>('http')
  const [format, setFormat] = useState<ProxyLineFormat>('ip-port-user-pass')
  const [residential, setResidential] = useState<ResidentialSelection>({ countryCode: null, usState: null, city: null })
  const [mobile, setMobile] = useState<MobileTargetingSelection>(() => ({ ...EMPTY_MOBILE_SELECTION, ...gateway.preset }))
  const [session, setSession] = useState<SessionDraft>({ isSticky: false, sessionId: '', lifetimeText: '30', countText: '1' })

  // Random ids are made after hydration, so server and browser render the same markup.
  useEffect(() => {
    setSession((current) => (current.sessionId === '' ? { ...current, sessionId: randomSessionId() } : current))
  }, [])

  const isMobile = gateway.usernameGrammar === 'mobile'
  const result = buildGatewayLines({
    gateway,
    protocol,
    countryCode: isMobile ? (mobile.country?.code ?? null) : residential.countryCode,
    usState: isMobile ? null : residential.usState,
    city: isMobile ? (mobile.city?.name ?? null) : residential.city,
    sticky: session.isSticky ? { sessionId: session.sessionId, lifetimeMinutes: toNumber(session.lifetimeText), count: toNumber(session.countText) } : null,
    format,
  })
  const lines = result.isValid ? result.value.lines : []

  return (
    <div className="mt-3 space-y-5">
      <GatewayFacts gateway={gateway} />

      <div className="space-y-4 rounded-md border border-slate-200 p-4">
        <h3 className="font-semibold">Build proxy strings</h3>
        {isMobile ? (
          <MobileTargetingFields tenantId={tenantId} idPrefix="builder" selection={mobile} errors={{}} isCarrierShown={false} onChange={setMobile} />
        ) : (
          <ResidentialTargetingFields tenantId={tenantId} selection={residential} onChange={setResidential} />
        )}
        {!gateway.isGrammarConfirmed ? (
          <p className="text-sm text-slate-600">Targeting for this product uses the Standard Residential username format.</p>
        ) : null}
        <SessionFields draft={session} invalidField={result.isValid ? null : result.field} onChange={setSession} />
        <div className="grid gap-4 sm:grid-cols-2">
          {gateway.ports.length > 1 ? (
            <div>
              <label htmlFor="builder-protocol" className="block text-sm font-medium text-slate-800">
                Protocol
              </label>
              <select id="builder-protocol" value={protocol} onChange={(event) => setProtocol(event.target.value === 'socks5' ? 'socks5' : 'http')} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
                {gateway.ports.map((port) => (
                  <option key={port.protocol} value={port.protocol}>
                    {port.protocol === 'socks5' ? 'SOCKS5' : 'HTTP'} (port {port.port})
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <LineFormatSelect id="builder-format" value={format} onChange={setFormat} />
        </div>
      </div>

      {result.isValid ? (
        <BuilderOutput lines={lines} curlCommand={result.value.curlCommand} />
      ) : (
        <p id="builder-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      )}
    </div>
  )
}

function BuilderOutput({ lines, curlCommand }: { lines: string[]; curlCommand: string }) {
  function download() {
    const url = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/plain' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'proxy-strings.txt'
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <div className="space-y-4">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold">Your proxy strings</h3>
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton text={lines.join('\n')} label="Copy" accessibleLabel="Copy the proxy strings" />
            <button type="button" onClick={download} className="rounded-md px-3 py-1.5 text-sm font-medium text-white" style={{ background: 'var(--brand)' }}>
              Download .txt
            </button>
          </div>
        </div>
        <pre data-testid="proxy-strings" tabIndex={0} aria-label="Proxy strings" className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 p-4 font-mono text-sm text-slate-100">
          {lines.join('\n')}
        </pre>
      </div>
      <div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold">Test it</h3>
          <CopyButton text={curlCommand} label="Copy" accessibleLabel="Copy the curl command" />
        </div>
        <p className="mt-1 text-sm text-slate-600">Run this in a terminal: it prints the IP your requests leave from.</p>
        <pre data-testid="curl-command" tabIndex={0} aria-label="curl command" className="mt-2 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 p-4 font-mono text-sm text-slate-100">
          {curlCommand}
        </pre>
      </div>
    </div>
  )
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text)
}

function randomSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5))

  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
