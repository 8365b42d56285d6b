// GET /api/health — liveness probe used by the sandbox launcher and deployments.
import { NextResponse } from 'next/server'

export const dynamic = 'force-dynamic'

export function GET() {
  return NextResponse.json({ status: 'ok' })
}
