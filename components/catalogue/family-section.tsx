import { PackageCard } from '@/components/catalogue/package-card'
import type { CatalogueFamily } from '@/lib/products/catalogue-filters'

/** Renders one product family: its heading, a plain summary and its packages, or why there are none. */
export function FamilySection({ group }: { group: CatalogueFamily }) {
  const { family, entries, isUnavailable } = group
  const headingId = `family-${family.proxyType}`

  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight">
        {family.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{family.summary}</p>
      {isUnavailable ? (
        <p role="alert" className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-950">
          These packages are unavailable right now. Please reload the page in a minute.
        </p>
      ) : entries.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No packages match.</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={`${family.label} packages`}>
          {entries.map((entry) => (
            <PackageCard key={entry.retailPackage.packageId} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  )
}
