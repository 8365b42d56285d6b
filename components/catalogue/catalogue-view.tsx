import { CatalogueFiltersForm } from '@/components/catalogue/catalogue-filters-form'
import { FamilySection } from '@/components/catalogue/family-section'
import { getDatabase } from '@/lib/db/prisma'
import { filterCatalogue, listCatalogueCountries, parseCatalogueFilters } from '@/lib/products/catalogue-filters'
import { listCatalogue } from '@/lib/products/list-catalogue'
import type { StorefrontTenant } from '@/lib/tenants/get-tenant-by-host'

export type SearchParams = Record<string, string | string[] | undefined>

type CatalogueViewProps = {
  tenant: StorefrontTenant
  query: SearchParams
  /** Packages per family before a "View all" link; all when omitted. */
  maxPackagesPerFamily?: number
}

/**
 * Renders every product family with its packages, narrowed by the filters in `query`
 * (type, country, minPrice, maxPrice). Reads the Postgres catalogue cache only.
 */
export async function CatalogueView({ tenant, query, maxPackagesPerFamily }: CatalogueViewProps) {
  const { filters, errors } = parseCatalogueFilters(query)
  const catalogue = await listCatalogue({ db: getDatabase(), tenant })
  const families = filterCatalogue(catalogue, filters)
  // A family without packages is hidden unless the customer filtered for it, so an empty section explains itself.
  const shownFamilies = families.filter((group) => group.isUnavailable || group.entries.length > 0 || filters.proxyType !== null)
  const isAllUnavailable = catalogue.every((group) => group.isUnavailable)
  const text = (name: string) => (Array.isArray(query[name]) ? query[name][0] : query[name]) ?? ''

  return (
    <div>
      <section className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">Proxy packages</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          Every proxy type in one place: static ISP, dedicated ISP, residential, datacenter, IPv6 and mobile. Pick a package,
          configure it, and get ready-to-use credentials as soon as the payment clears.
        </p>
      </section>

      <CatalogueFiltersForm
        values={{ type: text('type'), country: text('country'), minPrice: text('minPrice'), maxPrice: text('maxPrice') }}
        errors={errors}
        countries={listCatalogueCountries(catalogue)}
      />

      {isAllUnavailable ? (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-950">
          The package list is unavailable right now. Please reload the page in a minute.
        </p>
      ) : shownFamilies.length === 0 ? (
        <p role="status" className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          No packages match these filters. Clear a filter to see more.
        </p>
      ) : (
        shownFamilies.map((group) => <FamilySection key={group.family.proxyType} group={group} maxPackages={maxPackagesPerFamily} />)
      )}
    </div>
  )
}
