import { CopyButton } from '@/components/products/copy-button'
import type { GatewayCredentials } from '@/lib/products/credentials-view'

/** Host, ports and login of a gateway, for tools that take them as separate fields. */
export function GatewayFacts({ gateway }: { gateway: GatewayCredentials }) {
  const ports = gateway.ports.map((port) => `${port.port} (${port.protocol === 'socks5' ? 'SOCKS5' : 'HTTP'})`).join(', ')

  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="gateway-facts">
      <dt className="font-medium text-slate-800">Host</dt>
      <dd className="font-mono">{gateway.host}</dd>
      <dt className="font-medium text-slate-800">Ports</dt>
      <dd className="font-mono">{ports}</dd>
      <dt className="font-medium text-slate-800">Base username</dt>
      <dd className="font-mono">{gateway.baseUsername}</dd>
      <dt className="font-medium text-slate-800">Password</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span className="font-mono">{gateway.password}</span>
        <CopyButton text={gateway.password} label="Copy" accessibleLabel="Copy the password" />
      </dd>
    </dl>
  )
}
