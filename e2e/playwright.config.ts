import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { BASE_URL, REPO_ROOT, RUN_DIR } from './fixtures/paths';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// The run's database changes as it goes; tests that need an early state carry a tag and run in that phase:
// @fresh-database before any console user exists, @fresh-deployment with the console users but before any
// SCIM token, request or provisioned data. Everything else runs last, on the shared state.
const FRESH_DATABASE = /@fresh-database/;
const FRESH_DEPLOYMENT = /@fresh-deployment/;

export default defineConfig({
  testDir: '.',
  outputDir: path.join(RUN_DIR, 'artifacts'),
  // One server and one database are shared by every test, and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: path.join(RUN_DIR, 'report') }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'first-owner', testMatch: /console\/auth\.spec\.ts$/, grep: FRESH_DATABASE },
    { name: 'sessions', testMatch: /sessions\.setup\.ts$/, dependencies: ['first-owner'] },
    { name: 'fresh-deployment', testMatch: /\.spec\.ts$/, grep: FRESH_DEPLOYMENT, dependencies: ['sessions'] },
    { name: 'scim-token', testMatch: /scim-token\.setup\.ts$/, dependencies: ['fresh-deployment'] },
    {
      name: 'chromium',
      testMatch: /\.spec\.ts$/,
      grepInvert: [FRESH_DATABASE, FRESH_DEPLOYMENT],
      dependencies: ['scim-token'],
    },
  ],
  webServer: {
    command: 'node --import tsx e2e/start-server.ts',
    cwd: REPO_ROOT,
    url: `${BASE_URL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
