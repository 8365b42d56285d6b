import { z } from 'zod'

export const ZEmail = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com' }))

export const ZPassword = z
  .string({ error: 'Enter a password' })
  .min(8, { error: 'Password must be at least 8 characters' })
  .max(200, { error: 'Password must be at most 200 characters' })

export const ZSignUpRequest = z.object({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().max(100, { error: 'Name must be at most 100 characters' }).optional(),
})

export type TSignUpRequest = z.infer<typeof ZSignUpRequest>

export const ZSignInRequest = z.object({
  email: ZEmail,
  password: z.string().min(1, { error: 'Enter your password' }),
})
