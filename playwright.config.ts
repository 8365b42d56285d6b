import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3210)

// Playwright drives the system Chromium and never downloads a browser of its own.
// These flags keep it from reaching for Google services on a closed network.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    navigationTimeout: 90_000,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx tsx tests/e2e/start-e2e-store.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets the server drop its test database and temporary folder before it exits.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    env: { E2E_PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
})
