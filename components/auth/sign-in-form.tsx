'use client'

import { signIn } from 'next-auth/react'
import Link from 'next/link'
import { useState, type FormEvent } from 'react'

import { SubmitButton } from '@/components/ui/submit-button'
import { TextField } from '@/components/ui/text-field'

type SignInFormProps = {
  callbackUrl: string
  /** next-auth provider id: storefront customers or the reseller's staff. */
  account?: 'customer' | 'staff'
}

const ACCOUNT_TEXT = {
  customer: { provider: 'credentials', emailLabel: 'Email', emailAutoComplete: 'email', submitLabel: 'Sign in' },
  staff: { provider: 'staff', emailLabel: 'Staff email', emailAutoComplete: 'username', submitLabel: 'Sign in to the dashboard' },
} as const

/** Email and password sign-in for a customer of this storefront or a member of its staff. */
export function SignInForm({ callbackUrl, account = 'customer' }: SignInFormProps) {
  const [error, setError] = useState<string | null>(null)
  const [isPending, setIsPending] = useState(false)
  const text = ACCOUNT_TEXT[account]

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setIsPending(true)
    setError(null)

    const result = await signIn(text.provider, {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    })
    if (!result || result.error) {
      setIsPending(false)
      setError('Email or password is incorrect.')
      return
    }
    // A full navigation, so every server component renders with the new session cookie.
    window.location.assign(callbackUrl)
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <TextField id="email" name="email" type="email" label={text.emailLabel} autoComplete={text.emailAutoComplete} required />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <SubmitButton isPending={isPending} pendingLabel="Signing in…" className="w-full">
        {text.submitLabel}
      </SubmitButton>
      {account === 'customer' ? (
        <p className="text-center text-sm text-slate-600">
          New here?{' '}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium underline">
            Create an account
          </Link>
        </p>
      ) : null}
    </form>
  )
}
