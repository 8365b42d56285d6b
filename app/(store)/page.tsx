import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { CatalogueView, type SearchParams } from '@/components/catalogue/catalogue-view'

export const dynamic = 'force-dynamic'

// Reached with filters in the query string. Without a query string, proxy.ts serves the
// cached catalogue of app/storefront/[host] instead.
export default async function FilteredCataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const tenant = await getRequestTenantOrNotFound()

  return <CatalogueView tenant={tenant} query={await searchParams} />
}
