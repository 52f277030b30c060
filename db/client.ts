import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { DEFAULT_PIPELINE_SIZE, DEFAULT_POOL_SIZE, getEnv } from '@/lib/env';
import type { Database, OpenDatabase } from './database';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { createPostgresHandle } from './postgres-handle';
import { claimDataDirectory, dataDirectory, isSocketServing, socketPath } from './pglite-folder';
import { createPgliteTransactionGate } from './pglite-transaction-gate';
import * as schema from './schema';

export type { Database, OpenDatabase } from './database';

export type OpenOptions = {
  /** Serve the embedded database on a unix socket so CLIs can reach it while this process runs (the server does). */
  serveSocket?: boolean;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** PostgreSQL connections for the hot path's single statements (db/postgres-handle.ts). */
  statementConnections?: number;
};

async function openPostgres(url: string, options: OpenOptions): Promise<OpenDatabase> {
  await migratePostgresDatabase({ url });
  const { db, close } = createPostgresHandle(url, {
    poolSize: options.maxConnections ?? DEFAULT_POOL_SIZE,
    pipelineSize: options.statementConnections ?? DEFAULT_PIPELINE_SIZE,
  });
  return { db, driver: 'postgres', close };
}

async function openThroughSocket(socket: string): Promise<OpenDatabase> {
  const connection = { path: socket, database: 'postgres', username: 'postgres' };
  await migratePostgresDatabase(connection);
  const client = postgres({ ...connection, max: 1, onnotice: () => {} });
  return { db: drizzlePostgres(client, { schema }) as unknown as Database, driver: 'pglite-socket', close: () => client.end() };
}

async function openPglite(dataDir: string, options: OpenOptions): Promise<OpenDatabase> {
  const release = claimDataDirectory(dataDir);
  try {
    const client = await PGlite.create(dataDir);
    const gated = createPgliteTransactionGate(client);
    const db = drizzlePglite(gated.forDrizzle, { schema });
    await migratePgliteDatabase(db);
    let server: PGLiteSocketServer | undefined;
    if (options.serveSocket) {
      const socket = socketPath(dataDir);
      fs.rmSync(socket, { force: true });
      // A CLI opens several connections in a row (probe, migration, work); with the default limit of one, a
      // connection arriving before the server has counted the previous one closed is reset (ECONNRESET).
      server = gated.serveSocket({ path: socket, maxConnections: 8 });
      await server.start();
    }
    return {
      db: db as unknown as Database,
      driver: 'pglite',
      close: async () => {
        await server?.stop();
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Opens the database named by the environment and applies migrations: PostgreSQL when `DATABASE_URL`
 * is set, else embedded PGlite in the data folder — through the owning process's socket when one serves it.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url, options);
  const dataDir = dataDirectory();
  const socket = socketPath(dataDir);
  if (await isSocketServing(socket)) return openThroughSocket(socket);
  return openPglite(dataDir, options);
}

const cache = globalThis as unknown as { rosterDatabase?: Promise<OpenDatabase> };

/** The process-wide database, opened on first use (never at import, so `next build` touches no data). */
export function getDb(): Promise<Database> {
  cache.rosterDatabase ??= openDatabase({
    serveSocket: true,
    maxConnections: getEnv().DATABASE_POOL_SIZE,
    statementConnections: getEnv().DATABASE_PIPELINE_SIZE,
  }).catch((error: unknown) => {
    cache.rosterDatabase = undefined;
    throw error;
  });
  return cache.rosterDatabase.then((open) => open.db);
}
