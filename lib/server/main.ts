/**
 * Roster's server entry (`npm start` runs its bundle, `npm run dev` runs it with --dev): one or more processes
 * serving SCIM, the operations endpoints and, through Next.js, the console (docs/ARCHITECTURE.md).
 */
import cluster from 'node:cluster';
import { getEnv, type Env } from '@/lib/env';
import { startRoster } from '@/lib/startup/start-roster';
import { runProcesses } from './process-plan';
import { startRosterServer } from './start-server';
import { workerCount } from './worker-count';

const dev = process.argv.includes('--dev');
// Set before Next.js loads: it reads NODE_ENV when imported. `npm start` is production unless told otherwise.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production') });

let env: Env;
try {
  env = getEnv();
} catch (error) {
  console.error(`Roster cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { workers, note } = workerCount(env, dev);
if (note && cluster.isPrimary) console.log(`> ${note}`);

await runProcesses({
  workers,
  primaryDuties: async () => {
    console.log(`> Roster starting ${workers} workers`);
    await startRoster();
  },
  serve: async ({ runsPrimaryDuties }) => {
    await startRosterServer({
      dev,
      port: env.PORT,
      host: env.HOST,
      runsPrimaryDuties,
      metricsToken: env.METRICS_TOKEN,
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
      keepAliveSeconds: env.KEEP_ALIVE_TIMEOUT_SECONDS,
    });
  },
});
