/**
 * `npm run test:crash`: Entra-style SCIM writes against the production build started as `npm start` starts it,
 * SIGKILLed several times mid-run and restarted; then every write answered 2xx must be in the database, and no
 * write answered otherwise (or cut off by the kill) may be half there. On PGlite by default, on PostgreSQL when
 * TEST_DATABASE_URL names a server (a throwaway database is created on it). Needs `next build` first.
 *
 *   CRASH_PORT (3199), CRASH_KILLS (3), CRASH_WORKERS (6), NEXT_DIST_DIR (.next)
 */
import fs from 'node:fs';
import path from 'node:path';
import { DAY_MS } from '../../lib/time/durations';
import { REPO_ROOT } from '../fixtures/paths';
import { createPgliteFolder, createPostgresDatabase, productionServerEnv } from '../fixtures/run-database';
import { ServerProcess, startScript } from './server-process';
import { verify } from './verify';
import { userCycle, type Send, type UserLog } from './workload';

const PORT = Number(process.env.CRASH_PORT || 3199);
const KILLS = Number(process.env.CRASH_KILLS || 3);
const WORKERS = Number(process.env.CRASH_WORKERS || 6);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const RUN_DIR = path.join(REPO_ROOT, 'test-results', `crash-${PORT}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the run's database in this process (the server is down): to create the token, then to check the result. */
async function withDatabase<T>(env: Record<string, string>, work: (db: import('../../db/database').Database) => Promise<T>): Promise<T> {
  Object.assign(process.env, env);
  const { openDatabase } = await import('../../db/client');
  const database = await openDatabase();
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

async function waitUntilServing(secret: string): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const status = await fetch(`${BASE_URL}/scim/v2/ServiceProviderConfig`, { headers: { authorization: `Bearer ${secret}` } })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`the server did not answer on ${BASE_URL} within 2 minutes; see ${RUN_DIR}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  const database = testDatabaseUrl ? await createPostgresDatabase(testDatabaseUrl) : createPgliteFolder();
  console.log(`[crash] ${database.describe}; server: npm start (${startScript()}) on ${BASE_URL}`);
  try {
    const { secret } = await withDatabase(database.env, async (db) => {
      const { createToken } = await import('../../lib/tokens/create-token');
      return createToken(db, { name: 'crash test', expiresAt: new Date(Date.now() + DAY_MS), createdBy: 'crash test' });
    });
    const server = new ServerProcess(productionServerEnv(database, PORT, BASE_URL), RUN_DIR);

    let isUp = false;
    let isRunning = true;
    const send: Send = async (method, requestPath, body) => {
      while (!isUp) await sleep(50);
      try {
        const response = await fetch(`${BASE_URL}/scim/v2${requestPath}`, {
          method,
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
        return { status: response.status, body: text ? (JSON.parse(text) as { id?: string }) : undefined };
      } catch {
        statusCounts['no answer'] = (statusCounts['no answer'] ?? 0) + 1;
        return { status: 'no answer' as const };
      }
    };

    const statusCounts: Record<string, number> = {};
    const logs: UserLog[] = [];
    let next = 0;
    const worker = async () => {
      while (isRunning) {
        next += 1;
        const log: UserLog = { n: next, userName: `crash-${next}@contoso.example`, create: { status: 'no answer' }, patches: [] };
        logs.push(log);
        await userCycle(send, log);
      }
    };

    server.start();
    await waitUntilServing(secret);
    isUp = true;
    const workers = Array.from({ length: WORKERS }, worker);
    for (let kill = 1; kill <= KILLS; kill += 1) {
      await sleep(4_000 + Math.random() * 2_000);
      isUp = false;
      await server.kill();
      console.log(`[crash] kill ${kill}: SIGKILL after ${logs.length} users so far`);
      server.start();
      await waitUntilServing(secret);
      isUp = true;
    }
    await sleep(4_000);
    // The last kill lands with requests in flight too; no new cycle starts after it.
    isRunning = false;
    await server.kill();
    isUp = true;
    await Promise.all(workers);

    const findings = await withDatabase(database.env, (db) => verify(db, logs));
    console.log(
      `[crash] ${KILLS + 1} SIGKILLs, ${logs.length} users: ${findings.acknowledged} writes acknowledged (2xx), ` +
        `${findings.found} of them found after restart; ${findings.inFlight} writes cut off in flight, each whole or absent`,
    );
    console.log(`[crash] answers: ${JSON.stringify(statusCounts)}`);
    for (const problem of findings.problems) console.error(`[crash] LOST OR HALF-WRITTEN: ${problem}`);
    if (findings.problems.length > 0 || findings.found !== findings.acknowledged) process.exitCode = 1;
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error('[crash]', error);
  process.exit(1);
});
