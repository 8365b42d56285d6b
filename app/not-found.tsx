import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">The page or order you asked for does not exist, or it belongs to another account.</p>
      <Link href="/" className="mt-6 inline-block font-medium underline" style={{ color: 'var(--brand)' }}>
        Back to the store
      </Link>
    </div>
  )
}
