/**
 * `npm run bench:statements [-- --users 100]`: how many statements PostgreSQL executes per SCIM request of each kind
 * (filtered GET, POST, PATCH, group POST, membership PATCH, DELETE), read from PostgreSQL's own statement log (`log_statement = all`
 * for the throwaway database only). Requests run one at a time through `handleScimRequest`, so the audit group
 * commit writes each read's event alone. Needs read access to PostgreSQL's log file (`--log-file`).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { ScimRequest } from '@/lib/scim';
import { openEngineBench } from './engine-harness';
import * as workload from './workload';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '100' },
    'admin-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'log-file': { type: 'string', default: '/var/log/postgresql/postgresql-15-main.log' },
  },
});

const users = Number(values.users);
const logFile = values['log-file']!;
const bench = await openEngineBench(values['admin-url']!);
const { database, openDatabase, handleScimRequest, scimDeps, request } = bench;
let open = bench.open;
const admin = postgres(values['admin-url']!, { max: 1, onnotice: () => {} });
try {
  let deps = await scimDeps(open.db);
  // Warm the caches (token, registry, list options) so each phase counts the steady state.
  await handleScimRequest(request('POST', ['Users'], '', workload.entraUser(users)), deps);
  await admin.unsafe(`alter database ${database.name} set log_statement = 'all'`);
  // The setting applies to new sessions: a new pool (the in-process caches stay warm).
  await open.close();
  open = await openDatabase();
  deps = await scimDeps(open.db);

  const ids: string[] = [];
  const groupIds: string[] = [];
  const phases: [string, (index: number) => ScimRequest, (status: number, body: string) => void][] = [
    ['GET /Users?filter=userName eq', (i) => request('GET', ['Users'], `filter=${encodeURIComponent(`userName eq "${workload.userName(i)}"`)}`), () => {}],
    ['POST /Users', (i) => request('POST', ['Users'], '', workload.entraUser(i)), (_status, body) => ids.push(JSON.parse(body).id)],
    ['PATCH /Users/{id} (Replace department)', (i) => request('PATCH', ['Users', ids[i]], '', workload.replaceDepartment(i)), () => {}],
    ['POST /Groups', (i) => request('POST', ['Groups'], '', workload.entraGroup(i)), (_status, body) => groupIds.push(JSON.parse(body).id)],
    ['PATCH /Groups/{id} (Add 10 members)', (i) => request('PATCH', ['Groups', groupIds[i]], '', workload.addMembers(ids.slice(i, i + 10))), () => {}],
    ['PATCH /Groups/{id} (the same 10 again: no change)', (i) => request('PATCH', ['Groups', groupIds[i]], '', workload.addMembers(ids.slice(i, i + 10))), () => {}],
    ['DELETE /Users/{id}', (i) => request('DELETE', ['Users', ids[i]], ''), () => {}],
  ];
  for (const [name, make, keep] of phases) {
    const offset = fs.statSync(logFile).size;
    for (let index = 0; index < users; index += 1) {
      // A retried connection attempt would count twice; one request at a time keeps the log in request order.
      try {
        await runOne(make(index), keep);
      } catch (error) {
        throw new Error(`${name} #${index}: ${String(error)}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pids = (await admin.unsafe(`select pid from pg_stat_activity where datname = '${database.name}'`)).map((row) => String(row.pid));
    const text = fs.readFileSync(logFile, 'utf8').slice(offset);
    const executed = text.split('\n').filter((line) => /LOG: {2}(statement|execute [^:]*):/.test(line) && pids.some((pid) => line.includes(`[${pid}]`)));
    const kinds = new Map<string, number>();
    for (const line of executed) {
      const statement = line.replace(/^.*?LOG: {2}(statement|execute [^:]*): /, '').trim().slice(0, 40).toLowerCase().replace(/\s+/g, ' ');
      kinds.set(statement, (kinds.get(statement) ?? 0) + 1);
    }
    console.log(`\n${name}: ${(executed.length / users).toFixed(2)} statements per request`);
    for (const [statement, count] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${(count / users).toFixed(2)}  ${statement}`);
  }

  async function runOne(scimRequest: ScimRequest, keep: (status: number, body: string) => void): Promise<void> {
    const response = await handleScimRequest(scimRequest, deps);
    const body = response.body === null ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    if (response.status >= 400) throw new Error(`status ${response.status}: ${body}`);
    keep(response.status, body);
  }
} finally {
  await open.close();
  await admin.end();
  await database.drop();
}
