'use client'

import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'

import { SubmitButton } from '@/components/ui/submit-button'
import { TextField } from '@/components/ui/text-field'

export function StaffSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null)
  const [isPending, setIsPending] = useState(false)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setIsPending(true)
    setError(null)

    const result = await signIn('staff', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    })
    if (!result || result.error) {
      setIsPending(false)
      setError('Email or password is incorrect.')
      return
    }
    window.location.assign(callbackUrl)
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <TextField id="email" name="email" type="email" label="Staff email" autoComplete="username" required />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <SubmitButton isPending={isPending} pendingLabel="Signing in…" className="w-full">
        Sign in to the dashboard
      </SubmitButton>
    </form>
  )
}
