'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/** Shows the storefront header everywhere except the admin dashboard, which has its own. */
export function StoreChrome({ children }: { children: ReactNode }) {
  const pathname = usePathname()

  return pathname.startsWith('/admin') ? null : <>{children}</>
}
