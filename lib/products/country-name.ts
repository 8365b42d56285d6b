const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** English name of an ISO 3166 alpha-2 code ("DE" → "Germany"), or the code itself when unknown. */
export function countryNameOf(code: string): string {
  const upper = code.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(upper)) return code

  try {
    return regionNames.of(upper) ?? upper
  } catch {
    return upper
  }
}
