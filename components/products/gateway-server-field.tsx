import { describedBy, FieldError } from '@/components/products/field-error'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'

type GatewayServerFieldProps = {
  servers: GatewayServerOption[]
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** Renders the choice of gateway server that an Unlimited Residential order runs through. */
export function GatewayServerField({ servers, value, error, onChange }: GatewayServerFieldProps) {
  if (servers.length === 0) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
        No gateway server is available right now. Please check back later.
      </p>
    )
  }

  return (
    <div>
      <label htmlFor="gateway-server" className="block text-sm font-medium text-slate-800">
        Gateway server
      </label>
      <select
        id="gateway-server"
        name="gatewayServerId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('gateway-server-hint', error && 'gateway-server-error')}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      >
        {servers.map((server) => (
          <option key={server.id} value={server.id}>
            {server.name}
            {server.country ? ` (${server.country})` : ''}
          </option>
        ))}
      </select>
      <p id="gateway-server-hint" className="mt-1 text-sm text-slate-600">
        Your traffic enters the network here. Pick the one closest to your servers.
      </p>
      <FieldError id="gateway-server-error" message={error} />
    </div>
  )
}
