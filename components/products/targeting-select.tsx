import type { UseQueryResult } from '@tanstack/react-query'

import { describedBy, FieldError } from '@/components/products/field-error'
import type { ApiError } from '@/components/read-api-error'
import type { TargetingChoiceOption } from '@/lib/products/mobile-targeting-tree'

type TargetingSelectProps = {
  id: string
  label: string
  /** Text of the empty choice, e.g. "Any country". */
  anyLabel: string
  /** Reason the select is disabled, e.g. "Choose a country first", or null when it is usable. */
  disabledReason: string | null
  query: UseQueryResult<TargetingChoiceOption[], ApiError>
  value: string | null
  error: string | undefined
  onChange: (option: TargetingChoiceOption | null) => void
}

/** Renders one level of a cascading targeting choice, with loading, empty and error states. */
export function TargetingSelect({ id, label, anyLabel, disabledReason, query, value, error, onChange }: TargetingSelectProps) {
  const options = query.data ?? []
  const isLoading = disabledReason === null && query.isPending
  const loadError = disabledReason === null && query.isError ? query.error.message : null
  let hint = disabledReason
  if (hint === null && isLoading) hint = 'Loading options…'
  if (hint === null && query.isSuccess && options.length === 0) hint = 'No narrower choice is offered here.'

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabledReason !== null || isLoading || options.length === 0}
        aria-busy={isLoading || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`, loadError && `${id}-load-error`)}
        onChange={(event) => onChange(options.find((option) => option.id === event.target.value) ?? null)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 disabled:bg-slate-100 disabled:text-slate-600"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {loadError ? (
        <p id={`${id}-load-error`} role="alert" className="mt-1 text-sm text-red-700">
          {loadError}{' '}
          <button type="button" className="underline" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
