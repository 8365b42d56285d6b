import 'next-auth'
import 'next-auth/jwt'

type AccountKind = 'customer' | 'staff'
type StaffRole = 'OWNER' | 'STAFF'

declare module 'next-auth' {
  interface User {
    tenantId: string
    kind: AccountKind
    role?: StaffRole
  }

  interface Session {
    account: { id: string; tenantId: string; kind: AccountKind; role?: StaffRole }
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    accountId: string
    tenantId: string
    kind: AccountKind
    role?: StaffRole
  }
}
