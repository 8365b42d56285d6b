'use client'

import { useEffect, useState, type ButtonHTMLAttributes } from 'react'

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { isPending?: boolean; pendingLabel?: string }

/**
 * The form's submit button. It stays disabled until React has hydrated the page, so a
 * click cannot fall through to a native form submission that skips our handlers.
 */
export function SubmitButton({ isPending, pendingLabel, children, className = '', ...props }: SubmitButtonProps) {
  const [isHydrated, setIsHydrated] = useState(false)
  useEffect(() => setIsHydrated(true), [])

  return (
    <button
      type="submit"
      disabled={!isHydrated || isPending || props.disabled}
      aria-busy={isPending || undefined}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2.5 font-semibold text-white shadow-sm disabled:opacity-60 ${className}`}
      style={{ background: 'var(--brand)' }}
      {...props}
    >
      {isPending ? (pendingLabel ?? 'Working…') : children}
    </button>
  )
}
