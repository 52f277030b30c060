/**
 * Playwright's webServer: a fresh database for this run (a temporary PGlite folder, or with TEST_DATABASE_URL a
 * throwaway PostgreSQL database), then Roster's production server (what `npm start` runs: the compiled
 * lib/server/main.ts in the dist dir, bundled again here so it matches the source) on E2E_PORT, with its output teed
 * to test-results/e2e-<port>/server.log.
 * SIGTERM stops the server and removes the database.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BASE_URL, E2E_PORT, REPO_ROOT, RUN_DIR, SERVER_INFO, SERVER_LOG } from './fixtures/paths';
import { createPgliteFolder, createPostgresDatabase, productionServerEnv } from './fixtures/run-database';

async function main(): Promise<void> {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const log = fs.createWriteStream(SERVER_LOG, { flags: 'w' });
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  const database = testDatabaseUrl ? await createPostgresDatabase(testDatabaseUrl) : createPgliteFolder();
  fs.writeFileSync(SERVER_INFO, JSON.stringify({ databaseEnv: database.env }, null, 2));
  log.write(`[start-server] ${database.describe}, ${BASE_URL}, dist dir ${process.env.NEXT_DIST_DIR || '.next'}\n`);

  const env = productionServerEnv(database, E2E_PORT, BASE_URL);

  execFileSync(process.execPath, [path.join(REPO_ROOT, 'lib', 'server', 'bundle.mjs')], { cwd: REPO_ROOT, env, stdio: 'inherit' });
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const server = spawn(process.execPath, [path.join(REPO_ROOT, distDir, 'roster-server', 'main.mjs')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tee = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
    log.write(chunk);
    target.write(chunk);
  };
  server.stdout.on('data', tee(process.stdout));
  server.stderr.on('data', tee(process.stderr));

  let isStopping = false;
  const finish = async (code: number) => {
    await database.drop().catch((error: unknown) => console.error('[start-server] could not remove the database:', error));
    log.end(() => process.exit(code));
  };
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    const forceKill = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(forceKill);
      void finish(0);
    });
    server.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.once('exit', (code) => {
    if (isStopping) return;
    console.error(`[start-server] the server exited with code ${code}; see ${SERVER_LOG}`);
    void finish(code || 1);
  });
}

main().catch((error: unknown) => {
  console.error('[start-server]', error);
  process.exit(1);
});
