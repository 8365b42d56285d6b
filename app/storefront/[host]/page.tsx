import { notFound } from 'next/navigation'

import { CatalogueView } from '@/components/catalogue/catalogue-view'
import { getDatabase } from '@/lib/db/prisma'
import { getTenantByHost } from '@/lib/tenants/get-tenant-by-host'

// The unfiltered catalogue of one storefront host, rendered on its first visit and then
// served from Next.js's cache, re-rendered in the background at most once a minute. It
// reads no cookies or headers, so every visitor gets the same page, and per-visitor parts
// (the account links) load in the browser. proxy.ts rewrites "/" here.
export const revalidate = 60

const HOME_PACKAGES_PER_FAMILY = 3

export async function generateStaticParams(): Promise<{ host: string }[]> {
  return []
}

export default async function CachedCataloguePage({ params }: { params: Promise<{ host: string }> }) {
  const { host } = await params
  const tenant = await getTenantByHost({ db: getDatabase(), host: decodeURIComponent(host) })
  if (!tenant) notFound()

  // The home page shows the first packages of each family and links to the rest, which
  // keeps the page small enough to serve fast under load.
  return <CatalogueView tenant={tenant} query={{}} maxPackagesPerFamily={HOME_PACKAGES_PER_FAMILY} />
}
