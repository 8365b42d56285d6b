import Link from 'next/link'

import { PackageFacts } from '@/components/catalogue/package-facts'
import type { CatalogueEntry } from '@/lib/products/catalogue-filters'

/** Renders one package in the catalogue grid, with its price, facts and a link to configure it. */
export function PackageCard({ entry }: { entry: CatalogueEntry }) {
  const { retailPackage, countries } = entry

  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="package-card">
      <h3 className="text-lg font-semibold">{retailPackage.title}</h3>
      {retailPackage.description ? <p className="mt-1 text-sm text-slate-700">{retailPackage.description}</p> : null}
      <div className="flex-1">
        <PackageFacts retailPackage={retailPackage} countryNames={countries?.map((country) => country.name) ?? null} />
      </div>
      <Link
        href={`/packages/${encodeURIComponent(retailPackage.packageId)}`}
        className="mt-5 inline-flex justify-center rounded-md px-4 py-2 font-semibold text-white"
        style={{ background: 'var(--brand)' }}
        aria-label={`Configure ${retailPackage.title}`}
      >
        Configure
      </Link>
    </li>
  )
}
