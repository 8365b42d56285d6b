import { rejectField, type ConfigurationResult } from '@/lib/products/configuration-check'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'

/** Checks that an Unlimited Residential gateway server id is one `/servers` lists, and returns that server. */
export function validateGatewayServer(gatewayServerId: string, servers: GatewayServerOption[]): ConfigurationResult<GatewayServerOption> {
  const server = servers.find((candidate) => candidate.id === gatewayServerId.trim())
  if (server) return { isValid: true, value: server }

  if (servers.length === 0) return rejectField('gatewayServerId', 'No gateway server is available right now. Please try again later.')
  const offered = servers.map((candidate) => candidate.name).join(', ')

  return rejectField('gatewayServerId', `Gateway server ${gatewayServerId} is not offered. Choose one of: ${offered}.`)
}
