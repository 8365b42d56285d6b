import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { describePackage } from '@/lib/products/describe-package'

/** Renders the listed price and plain facts of a package: quantity, duration, traffic, speed, locations. */
export function PackageFacts({ retailPackage, countryNames }: { retailPackage: RetailPackage; countryNames: string[] | null }) {
  const description = describePackage(retailPackage, countryNames)

  return (
    <div className="mt-3">
      <p className="text-2xl font-bold">
        {description.priceText}
        <span className="text-sm font-normal text-slate-600"> {description.priceSuffix}</span>
      </p>
      <dl className="mt-2 space-y-1 text-sm text-slate-700">
        {description.facts.map((fact) => (
          <div key={fact.label}>
            <dt className="inline font-medium">{fact.label}: </dt>
            <dd className="inline">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
