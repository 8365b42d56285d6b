import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['lib/**/*.test.ts', 'sandbox/**/*.test.ts', 'tests/**/*.test.ts', 'proxy.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Many tests provoke failures on purpose; their log lines would bury the results.
    // Set LOG_LEVEL (e.g. LOG_LEVEL=debug npm run test:unit) to see them.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites each create their own database, so files can run in parallel,
    // but two cores are common in CI: keep the pool small.
    maxWorkers: 2,
  },
})
