'use client'

import { signIn } from 'next-auth/react'
import Link from 'next/link'
import { useState, type FormEvent } from 'react'

import { SubmitButton } from '@/components/ui/submit-button'
import { TextField } from '@/components/ui/text-field'
import { inlineFieldMessage, readApiError } from '@/components/read-api-error'

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [isPending, setIsPending] = useState(false)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    }
    setIsPending(true)
    setFieldErrors({})
    setFormError(null)

    const response = await fetch('/api/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) {
      const apiError = await readApiError(response)
      if (apiError.field) setFieldErrors({ [apiError.field]: inlineFieldMessage(apiError) })
      else setFormError(apiError.message)
      setIsPending(false)
      return
    }

    const signInResult = await signIn('credentials', { email: body.email, password: body.password, redirect: false })
    if (!signInResult || signInResult.error) {
      setFormError('Your account was created, but signing in failed. Please sign in.')
      setIsPending(false)
      return
    }
    // A full navigation, so every server component renders with the new session cookie.
    window.location.assign(callbackUrl)
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <TextField id="name" name="name" label="Name (optional)" autoComplete="name" error={fieldErrors.name} />
      <TextField id="email" name="email" type="email" label="Email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
        error={fieldErrors.password}
      />
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <SubmitButton isPending={isPending} pendingLabel="Creating account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{' '}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium underline">
          Sign in
        </Link>
      </p>
    </form>
  )
}
