import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

// Baseline for `npm run bench:catalogue`: a page Next.js renders once at build time and
// then serves from its cache, so its throughput is the ceiling for any page of this
// app on the same server. It reads no tenant, database or upstream data.
export const dynamic = 'force-static'

export const metadata: Metadata = { title: 'Static baseline', robots: { index: false, follow: false } }

const ROWS = Array.from({ length: 12 }, (_, index) => index + 1)

export default function BenchStaticPage() {
  // Only builds made by the benchmark include the page; any other build serves a 404 here.
  if (process.env.STOREFRONT_BENCH_PAGES !== '1') notFound()

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Static baseline page</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        This page exists to measure how fast the server delivers prerendered HTML. It has about as many elements as
        the catalogue page.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {ROWS.map((row) => (
          <li key={row} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">Row {row}</h2>
            <p className="mt-1 text-sm text-slate-700">Static text of about the length of a package description.</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
