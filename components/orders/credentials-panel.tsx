'use client'

import { useState } from 'react'

import { CopyButton } from '@/components/products/copy-button'
import { LineFormatSelect } from '@/components/products/line-format-select'
import { ProxyStringBuilder } from '@/components/products/proxy-string-builder'
import type { CredentialsView } from '@/lib/products/credentials-view'
import { formatProxyLines, PROXY_LINE_FORMAT_LABELS, type ProxyLineFormat } from '@/lib/products/proxy-line-formats'

type CredentialsPanelProps = {
  tenantId: string
  orderId: string
  credentials: CredentialsView
}

/**
 * Renders an order's credentials. Per-IP products list one line per IP in a chosen format,
 * with copy and .txt/.csv downloads. Gateway products (residential, mobile) get a builder
 * of targeted proxy strings.
 */
export function CredentialsPanel({ tenantId, orderId, credentials }: CredentialsPanelProps) {
  return (
    <section aria-labelledby="credentials-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="credentials-heading" className="text-lg font-semibold">
        Proxy credentials
      </h2>
      {credentials.gateway ? (
        <ProxyStringBuilder tenantId={tenantId} gateway={credentials.gateway} />
      ) : (
        <ProxyLines orderId={orderId} credentials={credentials} />
      )}
    </section>
  )
}

function ProxyLines({ orderId, credentials }: { orderId: string; credentials: CredentialsView }) {
  const [format, setFormat] = useState<ProxyLineFormat>('ip-port-user-pass')
  const lines = formatProxyLines(credentials.lines, format)
  const downloadPath = (file: 'txt' | 'csv') => `/api/orders/${orderId}/credentials?format=${format}&file=${file}`

  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="w-full sm:w-72">
          <LineFormatSelect id="credentials-format" value={format} onChange={setFormat} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton text={lines.join('\n')} label="Copy all" accessibleLabel="Copy all proxy lines" />
          <a href={downloadPath('txt')} className="rounded-md px-3 py-1.5 text-sm font-medium text-white" style={{ background: 'var(--brand)' }}>
            Download .txt
          </a>
          <a href={downloadPath('csv')} className="rounded-md px-3 py-1.5 text-sm font-medium text-white" style={{ background: 'var(--brand)' }}>
            Download .csv
          </a>
        </div>
      </div>
      <p className="text-sm text-slate-600">
        {lines.length} prox{lines.length === 1 ? 'y' : 'ies'}, one per line, as <code className="font-mono">{PROXY_LINE_FORMAT_LABELS[format]}</code>.
      </p>
      <pre
        data-testid="credential-lines"
        tabIndex={0}
        aria-label="Proxy lines"
        className="max-h-80 overflow-auto rounded-md bg-slate-900 p-4 font-mono text-sm text-slate-100"
      >
        {lines.join('\n')}
      </pre>
    </div>
  )
}
