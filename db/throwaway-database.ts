import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type ThrowawayDatabase = {
  name: string;
  url: string;
  /** Drops the database, its open connections and all. */
  drop: () => Promise<void>;
  /** Leaves the database in place (to inspect it) and lets go of the server. */
  keep: () => Promise<void>;
};

/**
 * A new, empty database `<prefix>_<random>` on the PostgreSQL server at `serverUrl`, for one test file, end-to-end
 * run or benchmark. Free of any test runner, so the benchmarks and Playwright's setup use it too.
 */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
    keep: () => admin.end(),
  };
}
