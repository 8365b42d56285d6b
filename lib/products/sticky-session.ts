import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'

/** Bounds of a sticky session's lifetime in minutes, as the residential gateway accepts them. */
export const STICKY_LIFETIME_MIN_MINUTES = 15
export const STICKY_LIFETIME_MAX_MINUTES = 1440

/** A sticky session: the gateway keeps one exit IP for this id until the lifetime ends. */
export type StickySession = { id: string; lifetimeMinutes: number }

const SESSION_ID_PATTERN = /^[A-Za-z0-9]{1,32}$/

/** Checks a session id (1–32 letters or digits) and a lifetime within the sticky bounds. */
export function validateStickySession(session: StickySession): ConfigurationResult<StickySession> {
  if (!SESSION_ID_PATTERN.test(session.id)) return rejectField('sessionId', 'Session id must be 1 to 32 letters or digits.')

  const { lifetimeMinutes } = session
  if (!Number.isInteger(lifetimeMinutes) || lifetimeMinutes < STICKY_LIFETIME_MIN_MINUTES || lifetimeMinutes > STICKY_LIFETIME_MAX_MINUTES) {
    return rejectField(
      'lifetimeMinutes',
      `Session lifetime must be a whole number of minutes from ${STICKY_LIFETIME_MIN_MINUTES} to ${STICKY_LIFETIME_MAX_MINUTES}.`,
    )
  }

  return { isValid: true, value: session }
}

/** Turns a display name into a gateway token: lower case letters and digits only ("New York" → "newyork"). */
export function toGatewayToken(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '')
}
