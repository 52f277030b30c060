import { migrationsApplied } from '@/db/migrations-applied';
import type { Database } from '@/db/database';
import type { ReadinessCheck } from './operations-endpoints';

const CHECK_TIMEOUT_MS = 2_000;

function timeout(): Promise<string> {
  return new Promise((resolve) => setTimeout(() => resolve(`the database did not answer within ${CHECK_TIMEOUT_MS} ms`), CHECK_TIMEOUT_MS).unref());
}

/** Ready once the database answers and holds every migration of this build; the reason names no host or secret. */
export function databaseReadiness(database: () => Promise<Database>): ReadinessCheck {
  const check = async (): Promise<string | undefined> => {
    try {
      return (await migrationsApplied(await database())) ? undefined : 'migrations of this build are not applied yet';
    } catch {
      return 'the database is not reachable';
    }
  };
  return () => Promise.race([check(), timeout()]);
}
