/**
 * `npm run bench:engine [-- --users 5000]`: Entra's initial user cycle (filter by userName, then POST) through
 * `handleScimRequest` with Roster's real dependencies on a throwaway PostgreSQL database, in this process, without
 * Next.js or HTTP. Set beside `npm run bench`, it shows how much of a request's CPU is Roster's own (engine,
 * mapping, audit, drizzle, postgres-js) and how much is the framework's. `--cpu-prof` works through `node`.
 * `--without-outbox` runs without the change feed's triggers, to measure what the feed costs.
 */
import { parseArgs } from 'node:util';
import { countChangeEvents, disableChangeFeedTriggers } from './change-feed-switch';
import { openEngineBench } from './engine-harness';
import * as workload from './workload';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '8' },
    /** Measures the change feed's cost: the run without its triggers. */
    'without-outbox': { type: 'boolean', default: false },
    'admin-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

const users = Number(values.users);
const { database, open, handleScimRequest, scimDeps, request } = await openEngineBench(values['admin-url']!);
const { sql } = await import('drizzle-orm');
const { queryRows } = await import('@/db/database');
try {
  const runSql = (text: string) => queryRows<Record<string, unknown>>(open.db, sql.raw(text));
  if (values['without-outbox']) await disableChangeFeedTriggers(runSql);
  const deps = await scimDeps(open.db);

  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Number(values.concurrency) }, async () => {
      while (next < users) {
        const index = next++;
        const lookup = await handleScimRequest(request('GET', ['Users'], `filter=${encodeURIComponent(`userName eq "${workload.userName(index)}"`)}`), deps);
        const created = await handleScimRequest(request('POST', ['Users'], '', workload.entraUser(index)), deps);
        if (lookup.status !== 200 || created.status !== 201) throw new Error(`user ${index}: GET ${lookup.status}, POST ${created.status}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(`engine only: ${users} users (filter + POST) in ${seconds.toFixed(1)} s = ${Math.round(users / seconds)} users/s; ` +
    `this process (engine + drizzle + postgres-js): ${((cpu.user + cpu.system) / 1000 / users / 2).toFixed(2)} ms CPU per request`);
  const events = await countChangeEvents(runSql);
  console.log(`change feed ${values['without-outbox'] ? 'off' : 'on'}: ${events} events written, ${Math.round(events / seconds)} events/s`);
} finally {
  await open.close();
  await database.drop();
}
