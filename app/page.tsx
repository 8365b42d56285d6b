import Link from 'next/link'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { getDatabase } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import { formatMoney, type CurrencyCode } from '@/lib/money/money'

export const dynamic = 'force-dynamic'

export default async function StorefrontHomePage() {
  const tenant = await getRequestTenantOrNotFound()
  let packages: RetailPackage[] | null = null
  try {
    packages = await listRetailPackages({ db: getDatabase(), tenant, proxyType: 'Isp' })
  } catch (error) {
    logger.error({ err: error, tenantId: tenant.id }, 'storefront catalogue could not be loaded')
  }

  return (
    <div>
      <section className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight">Static ISP proxies</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          Residential-grade IPs hosted at internet providers: the speed of a datacenter with the reputation of a home
          connection. Priced per IP for 30 days.
        </p>
      </section>

      {packages === null ? (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-950">
          The package list is unavailable right now. Please reload the page in a minute.
        </p>
      ) : packages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          No packages are on sale at the moment. Please check back soon.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="ISP packages">
          {packages.map((retailPackage) => (
            <PackageCard key={retailPackage.packageId} retailPackage={retailPackage} />
          ))}
        </ul>
      )}
    </div>
  )
}

function PackageCard({ retailPackage }: { retailPackage: RetailPackage }) {
  const countries = retailPackage.locations.map((location) => location.name ?? location.code).filter(Boolean)

  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="package-card">
      <h2 className="text-lg font-semibold">{retailPackage.title}</h2>
      {retailPackage.description ? <p className="mt-1 text-sm text-slate-700">{retailPackage.description}</p> : null}
      <p className="mt-4 text-2xl font-bold">
        {formatMoney(retailPackage.unitPriceMinor, retailPackage.currency as CurrencyCode)}
        <span className="text-sm font-normal text-slate-600"> per IP{retailPackage.days ? ` / ${retailPackage.days} days` : ''}</span>
      </p>
      <dl className="mt-3 space-y-1 text-sm text-slate-700">
        <div>
          <dt className="inline font-medium">Countries: </dt>
          <dd className="inline">{countries.length > 0 ? countries.join(', ') : 'None available'}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Quantity: </dt>
          <dd className="inline">
            {retailPackage.minQuantity}–{retailPackage.maxQuantity} IPs
          </dd>
        </div>
      </dl>
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
