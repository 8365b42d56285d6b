import { existsSync } from 'node:fs'

/**
 * Loads `.env` from the working directory into process.env for command-line scripts
 * (Next.js loads it by itself). Variables already set in the environment win.
 */
export function loadEnvFile(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file)
}
