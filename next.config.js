/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket'],
  // Lets parallel builds (tests, benchmarks) keep separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Conformance suites send GET /scim/v2/Users/?filter=…; the SCIM engine serves it like /Users instead of a 308.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with status 403 when a console user lacks the page's role.
  experimental: { authInterrupts: true },
};

export default nextConfig;
