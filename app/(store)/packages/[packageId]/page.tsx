import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getRequestTenantOrNotFound } from '@/app/_lib/request-tenant'
import { PackageOrderForm } from '@/components/catalogue/package-order-form'
import { PackageFacts } from '@/components/catalogue/package-facts'
import { getSignedInCustomer } from '@/lib/auth/get-signed-in-customer'
import { getDatabase } from '@/lib/db/prisma'
import { logger } from '@/lib/logger'
import type { DatacenterStockEntry } from '@/lib/products/datacenter-stock'
import { findRetailPackage } from '@/lib/products/find-retail-package'
import type { GatewayServerOption } from '@/lib/products/gateway-server-option'
import { loadDatacenterStock } from '@/lib/products/load-datacenter-stock'
import { loadGatewayServers } from '@/lib/products/load-gateway-servers'
import { getProductFamily } from '@/lib/products/product-families'

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
  const db = getDatabase()
  const retailPackage = await findRetailPackage({ db, tenant, packageId: decodeURIComponent(packageId) })
  if (!retailPackage) notFound()

  const family = getProductFamily(retailPackage.proxyType)
  const customer = await getSignedInCustomer(tenant.id)
  const isCanceled = (await searchParams).canceled === '1'
  const datacenterStock = retailPackage.proxyType === 'DatacenterP' ? await readOrNull(() => loadDatacenterStock({ db, tenantId: tenant.id })) : null
  const gatewayServers = retailPackage.proxyType === 'UnlimitedResidential' ? await readOrNull(() => loadGatewayServers({ db, tenantId: tenant.id })) : null

  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/" className="text-sm underline">
        ← All packages
      </Link>
      <p className="mt-3 text-sm font-medium text-slate-600">{family.label}</p>
      <h1 className="text-2xl font-semibold">{retailPackage.title}</h1>
      {retailPackage.description ? <p className="mt-1 text-slate-700">{retailPackage.description}</p> : null}
      <PackageFacts retailPackage={retailPackage} countryNames={null} />
      {isCanceled ? (
        <p role="status" className="mt-4 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800">
          Checkout was canceled. You were not charged.
        </p>
      ) : null}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <PackageOrderForm
          tenantId={tenant.id}
          retailPackage={retailPackage}
          isSignedIn={customer !== null}
          datacenterStock={datacenterStock}
          gatewayServers={gatewayServers}
        />
      </div>
    </div>
  )
}

// The form explains a missing list to the customer, so a failed read is logged, not thrown.
async function readOrNull<T extends DatacenterStockEntry[] | GatewayServerOption[]>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    logger.error({ err: error }, 'package configuration data could not be loaded')
    return null
  }
}
