import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { Providers } from '@/components/providers'

import './globals.css'

export const metadata: Metadata = { title: 'Proxy store' }

// The root layout reads nothing per request, so cached pages (the catalogue) can share it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
