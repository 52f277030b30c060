/**
 * `npm run bench [-- --users 10000,100000 --concurrency 8]`: replays Entra-style provisioning cycles against the
 * production build on PostgreSQL and prints throughput, latency percentiles, errors and the server's peak RSS.
 * Each size runs on a fresh database; the run fails (exit 1) on any error or if the final state differs from what was sent.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ScimClient } from './http-client';
import { bigGroup, incrementalCycle, initialCycle, reads, type BenchPlan, type BenchState } from './phases';
import { createBenchDatabase, createToken, sampleRss, startServer } from './server';
import { formatTable, type PhaseResult } from './stats';
import { verifyFinalState } from './verify';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3300' },
    'admin-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

async function runSize(users: number): Promise<{ users: number; peakRssMiB: number; phases: PhaseResult[]; problems: string[] }> {
  const database = await createBenchDatabase(values['admin-url']!);
  const server = await startServer(database.url, Number(values.port));
  const rss = sampleRss(server.process.pid!);
  const concurrency = Number(values.concurrency);
  const client = new ScimClient(server.baseUrl, createToken(database.url), concurrency);
  const plan: BenchPlan = { users, groupSize: 100, bigGroupMembers: Math.min(20_000, users), concurrency, reads: Math.min(users, 10_000) };
  const state: BenchState = { userIds: [], groupIds: [] };
  try {
    const phases = [
      ...(await initialCycle(client, plan, state)),
      ...(await incrementalCycle(client, plan, state)),
      ...(await reads(client, plan)),
      ...(await bigGroup(client, plan, state)),
    ];
    const problems = await verifyFinalState(client, plan, state);
    return { users, peakRssMiB: rss.peak(), phases, problems };
  } finally {
    rss.stop();
    client.close();
    await server.stop();
    await database.drop();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync('bench-results', { recursive: true });
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  }
  const sizes = values.users!.split(',').map(Number);
  const reports = [];
  let failed = false;
  for (const size of sizes) {
    const report = await runSize(size);
    reports.push(report);
    console.log(`\n== ${size} users, concurrency ${values.concurrency}, server peak RSS ${report.peakRssMiB} MiB ==`);
    console.log(formatTable(report.phases));
    const errors = report.phases.reduce((sum, phase) => sum + phase.errors, 0);
    for (const phase of report.phases) for (const sample of phase.firstErrors) console.log(`  error in ${phase.phase}: ${sample}`);
    for (const problem of report.problems.slice(0, 20)) console.log(`  state mismatch: ${problem}`);
    if (errors > 0 || report.problems.length > 0) failed = true;
  }
  const file = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(reports, null, 2));
  console.log(`\nwrote ${file}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
