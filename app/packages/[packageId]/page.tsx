import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { PackageOrderForm } from '@/components/catalogue/package-order-form'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { listRetailPackages } from '@/lib/catalogue/list-retail-packages'
import { getDatabase } from '@/lib/db/prisma'

export const dynamic = 'force-dynamic'

export default async function PackagePage({
  params,
  searchParams,
}: {
  params: Promise<{ packageId: string }>
  searchParams: Promise<{ canceled?: string }>
}) {
  const { packageId } = await params
  const tenant = await getRequestTenantOrNotFound()
  const packages = await listRetailPackages({ db: getDatabase(), tenant, proxyType: 'Isp' })
  const retailPackage = packages.find((candidate) => candidate.packageId === decodeURIComponent(packageId))
  if (!retailPackage) notFound()

  const customer = await getSignedInCustomer(tenant.id)
  const isCanceled = (await searchParams).canceled === '1'

  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/" className="text-sm underline">
        ← All packages
      </Link>
      <h1 className="mt-3 text-2xl font-semibold">{retailPackage.title}</h1>
      {retailPackage.description ? <p className="mt-1 text-slate-700">{retailPackage.description}</p> : null}
      {isCanceled ? (
        <p role="status" className="mt-4 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800">
          Checkout was canceled. You were not charged.
        </p>
      ) : null}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <PackageOrderForm tenantId={tenant.id} retailPackage={retailPackage} isSignedIn={customer !== null} />
      </div>
    </div>
  )
}
