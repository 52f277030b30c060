/**
 * `npm run bench:reference [-- --users 10000 --rounds 2 --concurrency 8]`: Entra's initial user cycle (filter by
 * userName, then POST) and then as many filtered GETs, against Roster's server and against the bare reference server
 * of issue 11 (e2e/bench/reference-server.mjs), in alternation, each on a fresh database that Roster's migrations
 * made. Both first provision 1,500 throwaway users, unmeasured, so both are measured warm. Prints both with their CPU
 * per request: this machine's speed changes by a third from one hour to the next, and the ratio of the two servers
 * in one sitting is what says how close Roster is to the floor. Exits 1 on any error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ScimClient } from './http-client';
import { filterByUserName, provisionUser } from './phases';
import { buildServer, createBenchDatabase, createToken, startServer, type ServerKind } from './server';
import { createCpuProbe } from './cpu';
import { formatTable, measureCpuWith, PhaseRecorder, runConcurrently, type PhaseResult } from './stats';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3300' },
    'admin-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

const WARM_UP_FIRST_INDEX = 50_000_000;
const WARM_UP_USERS = 1_500;

async function cycle(client: ScimClient, phase: string, users: number, firstIndex: number, concurrency: number): Promise<PhaseResult> {
  const recorder = new PhaseRecorder(phase);
  await runConcurrently(users, concurrency, async (n) => {
    await provisionUser(client, recorder, firstIndex + n);
  });
  return recorder.finish({ count: users, unit: 'users' });
}

async function measure(kind: ServerKind, round: number, users: number, concurrency: number): Promise<PhaseResult[]> {
  const adminUrl = values['admin-url']!;
  const port = Number(values.port);
  const logFile = path.join('bench-results', `reference-${kind}-${round}.log`);
  const database = await createBenchDatabase(adminUrl);
  try {
    // Roster's server migrates the database as it starts; the reference server then runs on the tables it made.
    let server = await startServer(database.url, { kind: 'roster', workers: 1, port, logFile });
    const token = createToken(database.url);
    if (kind === 'reference') {
      await server.stop();
      server = await startServer(database.url, { kind, workers: 1, port, logFile, env: { REFERENCE_TOKEN: token } });
    }
    const client = new ScimClient(server.baseUrl, token, concurrency);
    try {
      const label = `${kind}, round ${round}`;
      const warmUp = await cycle(client, `${label}: warm-up, ${WARM_UP_USERS} users (not a target)`, WARM_UP_USERS, WARM_UP_FIRST_INDEX, concurrency);
      measureCpuWith(createCpuProbe(server.process.pid!, database.name));
      const results = [
        await cycle(client, `${label}: initial users (filter + POST)`, users, 0, concurrency),
        await filterByUserName(client, `${label}: filter userName`, { users, reads: users, concurrency }),
      ];
      return [warmUp, ...results];
    } finally {
      measureCpuWith(undefined);
      await client.close();
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync('bench-results', { recursive: true });
  buildServer();
  const users = Number(values.users);
  const concurrency = Number(values.concurrency);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, node ${process.version}; ${users} users, concurrency ${concurrency}`);
  const results: PhaseResult[] = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const kind of ['roster', 'reference'] as const) {
      const phases = await measure(kind, round, users, concurrency);
      console.log(formatTable(phases));
      results.push(...phases);
    }
  }
  const errors = results.reduce((sum, phase) => sum + phase.errors, 0);
  for (const phase of results.filter((result) => result.errors > 0)) console.error(`${phase.phase}: ${phase.firstErrors.join('\n  ')}`);
  process.exit(errors > 0 ? 1 : 0);
}

await main();
