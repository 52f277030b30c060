import type { ScimRequest } from '@/lib/scim';
import { DAY_MS } from '@/lib/time/durations';
import { createBenchDatabase } from './server';

/**
 * The engine on a throwaway PostgreSQL database, in this process, without Next.js or HTTP: what `bench:engine`
 * and `bench:statements` drive. Modules that open the database are loaded after DATABASE_URL is set.
 */
export async function openEngineBench(adminUrl: string) {
  const database = await createBenchDatabase(adminUrl);
  process.env.DATABASE_URL = database.url;
  const { openDatabase } = await import('@/db/client');
  const { handleScimRequest } = await import('@/lib/scim');
  const { scimDeps } = await import('@/lib/provisioning/scim-deps');
  const { createToken } = await import('@/lib/tokens/create-token');
  const open = await openDatabase();
  const { secret } = await createToken(open.db, { name: 'engine-bench', expiresAt: new Date(Date.now() + DAY_MS), createdBy: 'bench', now: new Date() });
  const request = (method: string, segments: string[], query: string, body?: unknown): ScimRequest => ({
    method,
    segments,
    query: new URLSearchParams(query),
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' },
    body: body === undefined ? null : new TextEncoder().encode(JSON.stringify(body)),
    origin: 'http://127.0.0.1',
    clientAddress: '127.0.0.1',
  });
  return { database, open, openDatabase, handleScimRequest, scimDeps, request };
}
