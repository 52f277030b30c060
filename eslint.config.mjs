import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const SCIM_BARREL_ONLY = {
  group: ['@/lib/scim/*', '../scim/*', '../../scim/*'],
  message: 'Outside lib/scim, import the SCIM engine only through its barrel: "@/lib/scim" (STYLE §6.1).',
};

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
