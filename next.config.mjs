/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end tests run their own server beside a developer's `npm run dev`;
  // a separate build folder keeps the two from locking each other out.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // These run in Node only and load WebAssembly or native-style modules at run time.
  serverExternalPackages: ['pino', 'pino-pretty', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'bcryptjs'],
  typescript: {
    // `npm test` runs `tsc --noEmit` over the whole project, including tests and scripts.
    ignoreBuildErrors: true,
  },
  poweredByHeader: false,
  // Next.js 16.5 writes an AGENTS.md into the project on start unless told not to.
  agentRules: false,
  experimental: { agentUpgrade: false },
}

export default nextConfig
