import type { Database } from '@/db/database';
import { createSetupToken } from './setup-token';

/** The one-time owner-setup link to print at start, or null when the console already has an owner. */
export async function issueSetupLink(db: Database, baseUrl: string, now: Date): Promise<{ url: string; expiresAt: Date } | null> {
  const token = await createSetupToken(db, now);
  if (!token) return null;
  return { url: `${baseUrl.replace(/\/+$/, '')}/setup/${token.code}`, expiresAt: token.expiresAt };
}
