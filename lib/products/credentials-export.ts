import { formatProxyLine, type ProxyEndpoint, type ProxyLineFormat } from '@/lib/products/proxy-line-formats'

export type CredentialsFile = { body: string; contentType: string; extension: 'txt' | 'csv' }

/** Builds a text file with one proxy per line in the chosen format, ending with a newline. */
export function toCredentialsText(endpoints: ProxyEndpoint[], format: ProxyLineFormat): CredentialsFile {
  const lines = endpoints.map((endpoint) => formatProxyLine(endpoint, format))

  return { body: lines.length === 0 ? '' : `${lines.join('\n')}\n`, contentType: 'text/plain; charset=utf-8', extension: 'txt' }
}

const CSV_HEADER = ['host', 'port', 'username', 'password', 'proxy']

/**
 * Builds a CSV file with the parts of each endpoint and the whole line in the chosen
 * format. It follows RFC 4180: lines end in CRLF, and a field that contains a comma,
 * quote or line break is quoted.
 */
export function toCredentialsCsv(endpoints: ProxyEndpoint[], format: ProxyLineFormat): CredentialsFile {
  const rows = endpoints.map((endpoint) => [
    endpoint.host,
    String(endpoint.port),
    endpoint.username ?? '',
    endpoint.password ?? '',
    formatProxyLine(endpoint, format),
  ])
  const body = [CSV_HEADER, ...rows].map((row) => row.map(escapeCsvField).join(',')).join('\r\n')

  return { body: `${body}\r\n`, contentType: 'text/csv; charset=utf-8', extension: 'csv' }
}

function escapeCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
