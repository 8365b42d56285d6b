import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import { findRequestTenant } from '@/app/_lib/request-tenant'
import { Providers } from '@/components/providers'
import { SiteHeader } from '@/components/site-header'
import { StoreChrome } from '@/components/store-chrome'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const tenant = await findRequestTenant()

  return { title: tenant ? `${tenant.name} — proxies` : 'Storefront not found' }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const tenant = await findRequestTenant()
  const customer = tenant ? await getSignedInCustomer(tenant.id) : null
  const brandStyle = { '--brand': tenant?.brandColor ?? '#4f46e5' } as CSSProperties

  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased" style={brandStyle}>
        <Providers>
          {tenant ? (
            <StoreChrome>
              <SiteHeader tenant={tenant} customer={customer} />
            </StoreChrome>
          ) : null}
          <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
        </Providers>
      </body>
    </html>
  )
}
