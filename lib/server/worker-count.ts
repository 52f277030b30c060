import type { Env } from '@/lib/env';

/**
 * How many server processes to run: ROSTER_WORKERS on PostgreSQL; always one on embedded PGlite (one process
 * owns its folder) and in development (one Next.js dev server).
 */
export function workerCount(env: Pick<Env, 'DATABASE_URL' | 'ROSTER_WORKERS'>, dev: boolean): { workers: number; note?: string } {
  if (env.ROSTER_WORKERS <= 1) return { workers: 1 };
  if (dev) return { workers: 1, note: `ROSTER_WORKERS=${env.ROSTER_WORKERS} is ignored in development: one process serves.` };
  if (!env.DATABASE_URL) return { workers: 1, note: `ROSTER_WORKERS=${env.ROSTER_WORKERS} is ignored on embedded PGlite, which one process owns: set DATABASE_URL to run several.` };
  return { workers: env.ROSTER_WORKERS };
}
