/**
 * Playwright's webServer: a fresh database for this run (a temporary PGlite folder, or with TEST_DATABASE_URL a
 * throwaway PostgreSQL database), then Roster's production server (what `npm start` runs: the compiled
 * lib/server/main.ts in the dist dir, bundled again here so it matches the source) on E2E_PORT, with its output teed
 * to test-results/e2e-<port>/server.log.
 * SIGTERM stops the server and removes the database.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { BASE_URL, E2E_PORT, REPO_ROOT, RUN_DIR, SERVER_INFO, SERVER_LOG } from './fixtures/paths';

type RunDatabase = { env: Record<string, string>; describe: string; drop: () => Promise<void> };

async function createPostgresDatabase(serverUrl: string): Promise<RunDatabase> {
  const name = `roster_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: `PostgreSQL database ${name}`,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function createPgliteFolder(): RunDatabase {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-e2e-'));
  return {
    env: { ROSTER_DATA_DIR: folder },
    describe: `embedded PGlite in ${folder}`,
    drop: async () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}

async function main(): Promise<void> {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const log = fs.createWriteStream(SERVER_LOG, { flags: 'w' });
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  const database = testDatabaseUrl ? await createPostgresDatabase(testDatabaseUrl) : createPgliteFolder();
  fs.writeFileSync(SERVER_INFO, JSON.stringify({ databaseEnv: database.env }, null, 2));
  log.write(`[start-server] ${database.describe}, ${BASE_URL}, dist dir ${process.env.NEXT_DIST_DIR || '.next'}\n`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    NODE_ENV: 'production',
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    NEXTAUTH_URL: BASE_URL,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
  };
  if (!database.env.DATABASE_URL) delete env.DATABASE_URL;

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
