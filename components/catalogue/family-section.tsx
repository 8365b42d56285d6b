import Link from 'next/link'

import { PackageCard } from '@/components/catalogue/package-card'
import type { CatalogueFamily } from '@/lib/products/catalogue-filters'

type FamilySectionProps = {
  group: CatalogueFamily
  /** Packages shown before a link to the family's full list; all when omitted. */
  maxPackages?: number
}

/** Renders one product family: its heading, a plain summary and its packages, or why there are none. */
export function FamilySection({ group, maxPackages }: FamilySectionProps) {
  const { family, entries, isUnavailable } = group
  const headingId = `family-${family.proxyType}`
  const shownEntries = maxPackages === undefined ? entries : entries.slice(0, maxPackages)

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
          {shownEntries.map((entry) => (
            <PackageCard key={entry.retailPackage.packageId} entry={entry} />
          ))}
        </ul>
      )}
      {shownEntries.length < entries.length ? (
        <Link href={`/?type=${family.proxyType}`} className="mt-3 inline-block font-medium underline" style={{ color: 'var(--brand)' }}>
          {`View all ${entries.length} ${family.label} packages`}
        </Link>
      ) : null}
    </section>
  )
}
