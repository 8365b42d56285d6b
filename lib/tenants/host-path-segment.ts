// Normalized hostnames contain only [a-z0-9.-]. Dots become underscores in the cached
// catalogue's path, because Next.js 16.5 did not route a segment such as "127.0.0.1" or
// "shop.example.com" to the page (it answered 404), while "localhost" worked.

/** Encodes a normalized hostname as one URL path segment. */
export function hostToPathSegment(host: string): string {
  return host.replaceAll('.', '_')
}

/** Decodes what hostToPathSegment produced. */
export function pathSegmentToHost(segment: string): string {
  return segment.replaceAll('_', '.')
}
