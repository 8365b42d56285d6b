/** Renders an input's error, announced when it appears and tied to the input by `id`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null

  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700">
      {message}
    </p>
  )
}

/** Joins the ids an input's aria-describedby should name, leaving out absent ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean)

  return present.length > 0 ? present.join(' ') : undefined
}
