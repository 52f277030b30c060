import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The SCIM HTTP suite: run once through the App Router's fetch adapter and once through Roster's node:http server. */
const SCIM_HTTP_SUITE = ['app/scim/v2/**/*.test.ts'];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    globalSetup: ['db/test-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'roster', include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'app/**/*.test.ts', 'e2e/**/*.test.ts'], env: { SCIM_TEST_ADAPTER: 'fetch' } },
      },
      { extends: true, test: { name: 'scim-over-node-http', include: SCIM_HTTP_SUITE, env: { SCIM_TEST_ADAPTER: 'node' } } },
    ],
  },
});
