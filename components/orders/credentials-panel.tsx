'use client'

import { useState } from 'react'

/** Proxy lines with a copy-all button and a download of the same lines as a text file. */
export function CredentialsPanel({ orderId, lines }: { orderId: string; lines: string[] }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copyAll() {
    try {
      await navigator.clipboard.writeText(lines.join('\n'))
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <section aria-labelledby="credentials-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="credentials-heading" className="text-lg font-semibold">
          Proxy credentials
        </h2>
        <div className="flex gap-2">
          <button type="button" onClick={copyAll} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
            Copy all
          </button>
          <a
            href={`/api/orders/${orderId}/credentials`}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-white"
            style={{ background: 'var(--brand)' }}
          >
            Download .txt
          </a>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        One proxy per line, as <code className="font-mono">host:port:username:password</code>.
      </p>
      <p role="status" className="mt-1 h-5 text-sm text-green-800">
        {copyState === 'copied' ? 'Copied to the clipboard.' : copyState === 'failed' ? 'Copy failed; select the lines and copy them by hand.' : ''}
      </p>
      <pre
        data-testid="credential-lines"
        tabIndex={0}
        aria-label="Proxy lines"
        className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-900 p-4 font-mono text-sm text-slate-100"
      >
        {lines.join('\n')}
      </pre>
    </section>
  )
}
