/**
 * Keeps post-sign-in redirects on this site: only same-origin absolute paths pass,
 * so "//evil.example" or "https://evil.example" fall back to the home page.
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'

  return value
}
