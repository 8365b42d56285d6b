// Runs `prisma generate` without the native schema engine download. Generate never
// starts that engine, but the Prisma 7 CLI insists that the binary exists, so point
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file for this one command.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const placeholder = fileURLToPath(import.meta.url)
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
