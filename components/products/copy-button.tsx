'use client'

import { useState } from 'react'

type CopyButtonProps = {
  text: string
  /** Visible label, e.g. "Copy all". */
  label: string
  /** Accessible name when the visible label alone is ambiguous, e.g. "Copy the curl command". */
  accessibleLabel?: string
}

const COPY_MESSAGES = { idle: '', copied: 'Copied.', failed: 'Copy failed. Select the text and copy it by hand.' } as const

/** Copies `text` to the clipboard and announces the outcome next to the button. */
export function CopyButton({ text, label, accessibleLabel }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={accessibleLabel}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-green-800">
        {COPY_MESSAGES[state]}
      </span>
    </span>
  )
}
