'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'

import { readApiError, type ApiError } from '@/components/read-api-error'

type ActionButtonProps = {
  /** API route that performs the action with POST. */
  url: string
  label: string
  pendingLabel: string
  /** Asked before acting, for actions that move money. */
  confirmation?: string
  tone?: 'primary' | 'danger' | 'neutral'
  /** Shown after the action succeeds; defaults to "Done." */
  successMessage?: string
}

const TONE_CLASSES = {
  primary: 'bg-indigo-700 text-white hover:bg-indigo-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  neutral: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50',
} as const

/** Renders a button that POSTs to an admin route, shows its error, and refreshes the page on success. */
export function ActionButton({ url, label, pendingLabel, confirmation, tone = 'primary', successMessage = 'Done.' }: ActionButtonProps) {
  const router = useRouter()
  const action = useMutation<void, ApiError>({
    mutationFn: async () => {
      const response = await fetch(url, { method: 'POST' })
      if (!response.ok) throw await readApiError(response)
    },
    onSuccess: () => router.refresh(),
  })

  return (
    <div>
      <button
        type="button"
        disabled={action.isPending}
        onClick={() => {
          if (confirmation && !window.confirm(confirmation)) return
          action.mutate()
        }}
        className={`rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-60 ${TONE_CLASSES[tone]}`}
      >
        {action.isPending ? pendingLabel : label}
      </button>
      {action.error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {action.error.message}
        </p>
      ) : null}
      {action.isSuccess ? (
        <p role="status" className="mt-1 text-sm text-green-800">
          {successMessage}
        </p>
      ) : null}
    </div>
  )
}
