import 'next-auth'
import 'next-auth/jwt'

declare module 'next-auth' {
  interface User {
    tenantId: string
  }

  interface Session {
    customer: { id: string; tenantId: string }
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    customerId: string
    tenantId: string
  }
}
