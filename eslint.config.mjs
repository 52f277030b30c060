import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const SCIM_BARREL_ONLY = {
  group: ['@/lib/scim/*', '../scim/*', '../../scim/*'],
  message: 'Outside lib/scim, import the SCIM engine only through its barrel: "@/lib/scim" (STYLE §6.1).',
};

/** Domain services (docs/ARCHITECTURE.md, "Layers"): the application's rules over the database, below every adapter. */
const DOMAIN = [
  'api-keys', 'app-api', 'audit', 'directory', 'events', 'fields', 'group-mappings', 'onboarding', 'overview',
  'provisioning', 'roles', 'secrets', 'settings', 'startup', 'sync-health', 'tokens', 'webhooks',
].map((folder) => `./lib/${folder}`);

/** What sits above the domain: HTTP and Next.js adapters, the server, the CLIs, the browser client, pages. */
const ADAPTERS = ['./lib/http', './lib/server', './lib/cli', './lib/client', './app', './components'];

/** Each zone: files in `target` may not import from `from`. Imports only point down. */
const LAYER_ZONES = [
  ...[
    { from: './lib', except: ['./errors'] },
    { from: ['./app', './components', './db'] },
  ].map((zone) => ({ target: './lib/errors', ...zone, message: 'lib/errors is the bottom layer: it imports nothing of the application.' })),
  ...DOMAIN.map((folder) => ({
    target: folder,
    from: ADAPTERS,
    message: 'Domain services speak no HTTP and know no adapter: throw a DomainError (lib/errors) and let the adapter map it.',
  })),
  {
    target: './db',
    from: ['./lib/http', './lib/server', './lib/cli', './lib/client', './app', './components'],
    message: 'The data layer knows no adapter.',
  },
  {
    target: ['./lib/scim/resources', './lib/scim/bulk', './lib/scim/operations'],
    from: './lib/scim/http',
    message: 'lib/scim/http is the engine\'s transport (adapters, body, authentication, dispatch): operations below it never import it.',
  },
  {
    target: './lib/scim/operations',
    from: ['./lib/scim/resources', './lib/scim/bulk'],
    message: 'lib/scim/operations (the operation contract, routes, responses, representation) sits below the operations that use it.',
  },
  ...[
    { from: './lib', except: ['./contracts', './errors', './time'] },
    { from: ['./app', './components', './db'] },
  ].map((zone) => ({ target: './lib/contracts', ...zone, message: 'Contracts sit at the bottom: zod, each other, lib/errors and lib/time only.' })),
];

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores([
    '.next*/**',
    '.data*/**',
    'node_modules/**',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers (docs/ARCHITECTURE.md): a lower layer never imports a higher one. eslint-plugin-import is registered by
    // eslint-config-next, with its TypeScript resolver, so `@/…` imports resolve to the folders named here.
    files: ['**/*.{ts,tsx,mts}'],
    rules: { 'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }] },
  },
  {
    // The engine stays pure TypeScript: no framework, no database, no environment, no clock or randomness.
    files: ['lib/scim/**/*.ts'],
    // Tests may wire the engine to a real database to check the SQL it builds.
    ignores: ['lib/scim/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:crypto', importNames: ['randomUUID'], message: 'Take ids from the IdGenerator port.' },
            { name: 'crypto', importNames: ['randomUUID'], message: 'Take ids from the IdGenerator port.' },
          ],
          patterns: [
            {
              group: ['next', 'next/*', 'next-auth', 'next-auth/*', 'react', 'react-dom', 'react/*', 'server-only'],
              message: 'lib/scim is framework-free: the Next.js adapter lives in app/ and lib/provisioning (STYLE §6.1).',
            },
            {
              group: ['@/db', '@/db/*', '@/app/*', '@/components/*', '@/lib/*', '!@/lib/scim', '!@/lib/scim/*'],
              message: 'lib/scim may import only lib/scim: anything impure reaches it through a port (STYLE §6.1).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'lib/scim reads no environment: pass settings in.' },
        { object: 'Date', property: 'now', message: 'Use the Clock port.' },
        { object: 'crypto', property: 'randomUUID', message: 'Use the IdGenerator port.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['lib/scim/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SCIM_BARREL_ONLY] }] },
  },
  {
    // Playwright reads fixture dependencies from the destructuring pattern (`async ({}, use)`), and its `use` is no React hook.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
]);
