// Next.js calls register() once when a server instance starts. In sandbox mode the job
// worker runs inside the app, so one command gives a working store. In production it
// runs as its own process (`npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.STOREFRONT_IN_APP_WORKER !== '1') return

  const { startInAppWorker } = await import('@/lib/jobs/start-in-app-worker')
  await startInAppWorker()
}
