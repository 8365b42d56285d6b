import { describedBy } from '@/components/products/field-error'
import { MAX_STICKY_LINES } from '@/lib/products/build-gateway-lines'
import { STICKY_LIFETIME_MAX_MINUTES, STICKY_LIFETIME_MIN_MINUTES } from '@/lib/products/sticky-session'

export type SessionDraft = { isSticky: boolean; sessionId: string; lifetimeText: string; countText: string }

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600'

/** Rotating or sticky sessions; a sticky session has an id, a lifetime in minutes and a number of lines. */
export function SessionFields({ draft, invalidField, onChange }: { draft: SessionDraft; invalidField: string | null; onChange: (draft: SessionDraft) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Session</legend>
      <div className="mt-2 flex flex-wrap gap-4 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="session-kind" checked={!draft.isSticky} onChange={() => onChange({ ...draft, isSticky: false })} />
          Rotating: a new IP for every request
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="session-kind" checked={draft.isSticky} onChange={() => onChange({ ...draft, isSticky: true })} />
          Sticky: keep one IP for a while
        </label>
      </div>
      {draft.isSticky ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="builder-session-id" className="block text-sm font-medium text-slate-800">
              Session id
            </label>
            <input
              id="builder-session-id"
              value={draft.sessionId}
              maxLength={24}
              autoComplete="off"
              onChange={(event) => onChange({ ...draft, sessionId: event.target.value })}
              aria-invalid={invalidField === 'sessionId' || undefined}
              aria-describedby={describedBy('builder-session-id-hint', invalidField === 'sessionId' && 'builder-error')}
              className={inputClass}
            />
            <p id="builder-session-id-hint" className="mt-1 text-sm text-slate-600">
              Letters and digits. The same id keeps the same IP.
            </p>
          </div>
          <div>
            <label htmlFor="builder-lifetime" className="block text-sm font-medium text-slate-800">
              Lifetime (minutes)
            </label>
            <input
              id="builder-lifetime"
              type="number"
              inputMode="numeric"
              min={STICKY_LIFETIME_MIN_MINUTES}
              max={STICKY_LIFETIME_MAX_MINUTES}
              value={draft.lifetimeText}
              onChange={(event) => onChange({ ...draft, lifetimeText: event.target.value })}
              aria-invalid={invalidField === 'lifetimeMinutes' || undefined}
              aria-describedby={describedBy('builder-lifetime-hint', invalidField === 'lifetimeMinutes' && 'builder-error')}
              className={inputClass}
            />
            <p id="builder-lifetime-hint" className="mt-1 text-sm text-slate-600">
              From {STICKY_LIFETIME_MIN_MINUTES} to {STICKY_LIFETIME_MAX_MINUTES}.
            </p>
          </div>
          <div>
            <label htmlFor="builder-count" className="block text-sm font-medium text-slate-800">
              Number of sessions
            </label>
            <input
              id="builder-count"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_STICKY_LINES}
              value={draft.countText}
              onChange={(event) => onChange({ ...draft, countText: event.target.value })}
              aria-invalid={invalidField === 'count' || undefined}
              aria-describedby={describedBy('builder-count-hint', invalidField === 'count' && 'builder-error')}
              className={inputClass}
            />
            <p id="builder-count-hint" className="mt-1 text-sm text-slate-600">
              One line per session, up to {MAX_STICKY_LINES}.
            </p>
          </div>
        </div>
      ) : null}
    </fieldset>
  )
}
