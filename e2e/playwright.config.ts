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

/** Tests tagged with it need the database as the server found it: no owner yet. */
const FRESH_DATABASE = /@fresh-database/;

export default defineConfig({
  testDir: '.',
  outputDir: path.join(RUN_DIR, 'artifacts'),
  // One server and one database are shared by every test, and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
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
    { name: 'setup', testMatch: /global\.setup\.ts$/, dependencies: ['first-owner'] },
    { name: 'chromium', testMatch: /\.spec\.ts$/, grepInvert: FRESH_DATABASE, dependencies: ['setup'] },
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
