/**
 * `npm run bench [-- --users 10000,100000 --concurrency 8 --workers 1,2 --server roster|next --cold]`: replays Entra-style
 * provisioning cycles against the production build on PostgreSQL and prints throughput, latency percentiles, errors,
 * CPU per request and the server's peak RSS, once per size and worker count. `--server next` measures `next start`
 * (the portable path) instead of Roster's server.
 * Each size runs on a fresh database; the run fails (exit 1) on any error or if the final state differs from what was sent.
 * `--cpu-prof` saves a CPU profile of the server to .next-profiles/; `--log-statements-ms N` makes PostgreSQL log
 * every statement of the benchmark database slower than N ms (0: all) to its server log; `--keep-database` leaves
 * each size's database in place (its URL is printed) for EXPLAIN; `--without-outbox` disables the change feed's
 * triggers once the server has migrated, to measure what the feed costs. Before the measured phases, a warm-up runs
 * every request kind on throwaway users and deletes them again (e2e/bench/warm-up.ts; its row is printed first);
 * `--cold` skips it, to measure a fresh server's first requests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { ScimClient } from './http-client';
import { bigGroup, incrementalCycle, initialCycle, reads, type BenchPlan, type BenchState } from './phases';
import { buildServer, createBenchDatabase, createToken, sampleRss, startServer, type ServerKind } from './server';
import { countChangeEvents, disableChangeFeedTriggers } from './change-feed-switch';
import { createCpuProbe } from './cpu';
import { formatTable, measureCpuWith, type PhaseResult } from './stats';
import { verifyFinalState } from './verify';
import { warmUp } from './warm-up';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3300' },
    workers: { type: 'string', default: '1' },
    server: { type: 'string', default: 'roster' },
    'admin-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'cpu-prof': { type: 'boolean', default: false },
    'log-statements-ms': { type: 'string' },
    'keep-database': { type: 'boolean', default: false },
    'without-outbox': { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});

type SizeReport = {
  users: number;
  server: ServerKind;
  workers: number;
  /** All the server's processes together, and the largest one. */
  peakRssMiB: { total: number; largest: number };
  loadAverage: { before: number[]; after: number[] };
  phases: PhaseResult[];
  problems: string[];
  /** Rows the measured phases added to the change feed (0 with `--without-outbox`). */
  changeEvents: number;
};

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

async function logStatements(adminUrl: string, database: string, milliseconds: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`alter database ${database} set log_min_duration_statement = ${Number(milliseconds)}`);
  await admin.end();
}

async function runSize(users: number, kind: ServerKind, workers: number): Promise<SizeReport> {
  const adminUrl = values['admin-url']!;
  const database = await createBenchDatabase(adminUrl);
  try {
    if (values['log-statements-ms'] !== undefined) await logStatements(adminUrl, database.name, values['log-statements-ms']);
    const server = await startServer(database.url, {
      kind,
      workers,
      port: Number(values.port),
      logFile: path.join('bench-results', `server-${kind}-${workers}-${users}.log`),
      cpuProfile: values['cpu-prof'],
    });
    const inspector = postgres(database.url, { max: 1, onnotice: () => {} });
    const runSql = (text: string) => inspector.unsafe(text) as Promise<Record<string, unknown>[]>;
    const rss = sampleRss(server.process.pid!);
    const concurrency = Number(values.concurrency);
    let client: ScimClient | undefined;
    try {
      if (values['without-outbox']) await disableChangeFeedTriggers(runSql);
      measureCpuWith(createCpuProbe(server.process.pid!, database.name));
      client = new ScimClient(server.baseUrl, createToken(database.url), concurrency);
      const plan: BenchPlan = { users, groupSize: 100, bigGroupMembers: Math.min(20_000, users), concurrency, reads: Math.min(users, 10_000) };
      const state: BenchState = { userIds: [], groupIds: [] };
      const warmUpPhases = values.cold ? [] : [await warmUp(client, concurrency)];
      const eventsBefore = await countChangeEvents(runSql);
      const before = loadAverage();
      const phases = [
        ...warmUpPhases,
        ...(await initialCycle(client, plan, state)),
        ...(await incrementalCycle(client, plan, state)),
        ...(await reads(client, plan)),
        ...(await bigGroup(client, plan, state)),
      ];
      const after = loadAverage();
      const problems = await verifyFinalState(client, plan, state);
      const changeEvents = (await countChangeEvents(runSql)) - eventsBefore;
      return { users, server: kind, workers, peakRssMiB: rss.peak(), loadAverage: { before, after }, phases, problems, changeEvents };
    } finally {
      rss.stop();
      measureCpuWith(undefined);
      await client?.close();
      await inspector.end();
      await server.stop();
    }
  } finally {
    if (values['keep-database']) {
      await database.keep();
      console.log(`kept the database of ${users} users: ${database.url}`);
    } else {
      await database.drop();
    }
  }
}

async function main(): Promise<void> {
  fs.mkdirSync('bench-results', { recursive: true });
  buildServer();
  const sizes = values.users!.split(',').map(Number);
  const workerCounts = values.workers!.split(',').map(Number);
  const kind = values.server === 'next' ? 'next' : 'roster';
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, node ${machine.node}`);
  const reports: SizeReport[] = [];
  let failed = false;
  for (const size of sizes) {
    for (const workers of workerCounts) {
      const report = await runSize(size, kind, workers);
      reports.push(report);
      const rss = report.peakRssMiB;
      console.log(
        `\n== ${size} users, ${kind === 'next' ? 'next start' : `Roster's server, ${workers} worker(s)`}, concurrency ${values.concurrency}, server peak RSS ${rss.total} MiB (largest process ${rss.largest} MiB) ==`,
      );
      console.log(`load average (1/5/15 min) before ${report.loadAverage.before.join(' ')}, after ${report.loadAverage.after.join(' ')}`);
      console.log(`change feed ${values['without-outbox'] ? 'off' : 'on'}: ${report.changeEvents} events written by the measured phases`);
      console.log(formatTable(report.phases));
      const errors = report.phases.reduce((sum, phase) => sum + phase.errors, 0);
      for (const phase of report.phases) for (const sample of phase.firstErrors) console.log(`  error in ${phase.phase}: ${sample}`);
      for (const problem of report.problems.slice(0, 20)) console.log(`  state mismatch: ${problem}`);
      if (errors > 0 || report.problems.length > 0) failed = true;
    }
  }
  const file = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ machine, concurrency: Number(values.concurrency), reports }, null, 2));
  console.log(`\nwrote ${file}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
