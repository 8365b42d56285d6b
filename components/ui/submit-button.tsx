import type { ButtonHTMLAttributes } from 'react'

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { isPending?: boolean; pendingLabel?: string }

export function SubmitButton({ isPending, pendingLabel, children, className = '', ...props }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={isPending || props.disabled}
      aria-busy={isPending || undefined}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2.5 font-semibold text-white shadow-sm disabled:opacity-60 ${className}`}
      style={{ background: 'var(--brand)' }}
      {...props}
    >
      {isPending ? (pendingLabel ?? 'Working…') : children}
    </button>
  )
}
