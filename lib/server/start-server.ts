import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { getDb, type Database } from '@/db/client';
import { scimDeps } from '@/lib/provisioning/scim-deps';
import type { ScimDeps } from '@/lib/scim';
import { startRoster } from '@/lib/startup/start-roster';
import { markStartupRunByServer } from '@/lib/startup/started-by-server';
import { createHttpServer } from './http-server';
import { databaseReadiness } from './readiness';
import { createRequestListener } from './request-listener';
import { createServerMetrics } from './server-metrics';

export type ServerOptions = {
  dev: boolean;
  port: number;
  host?: string;
  /** Migrate, print the setup link and run housekeeping here (the single-process case). */
  runsPrimaryDuties: boolean;
  metricsToken?: string;
  /** Reverse proxies in front that append to X-Forwarded-For (TRUSTED_PROXY_HOPS). */
  trustedProxyHops: number;
  /** How long an idle keep-alive connection stays open (KEEP_ALIVE_TIMEOUT_SECONDS). */
  keepAliveSeconds: number;
};

const SHUTDOWN_GRACE_MS = 10_000;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

function stopOnSignal(server: Server): void {
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * One serving process: start-up duties first when it has them (so the setup link is printed as soon as the
 * database is ready, not after Next has compiled), then the HTTP server, which answers SCIM and the operations
 * endpoints at once and console requests once Next.js is prepared.
 */
export async function startRosterServer(options: ServerOptions): Promise<Server> {
  markStartupRunByServer();
  if (options.runsPrimaryDuties) await startRoster();
  let db: Database | undefined;
  const database = once(async () => (db = await getDb()));
  await database().catch((error: unknown) => {
    console.error(`Roster cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

  const { default: next } = await import('next');
  const app = next({ dev: options.dev, dir: process.cwd(), hostname: options.host ?? 'localhost', port: options.port });
  const prepared = app.prepare();
  prepared.catch((error: unknown) => {
    console.error('Roster cannot start Next.js:', error);
    process.exit(1);
  });
  const handle = app.getRequestHandler();

  const listener = createRequestListener({
    next: async (request, response) => {
      await prepared;
      await handle(request, response);
    },
    scimDeps: once<ScimDeps>(async () => scimDeps(await database())),
    readiness: databaseReadiness(database),
    metrics: createServerMetrics(() => db, { inCluster: cluster.isWorker }),
    metricsToken: options.metricsToken,
    trustedProxyHops: options.trustedProxyHops,
  });
  const server = createHttpServer(listener, { keepAliveSeconds: options.keepAliveSeconds });
  if (options.dev) {
    // Next's development client keeps a WebSocket for hot reloading.
    server.on('upgrade', (request, socket, head) => void prepared.then(() => app.getUpgradeHandler()(request, socket, head)));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  stopOnSignal(server);
  console.log(`> Roster listening on http://${options.host ?? 'localhost'}:${options.port} (${options.dev ? 'development' : 'production'}, pid ${process.pid})`);
  return server;
}
