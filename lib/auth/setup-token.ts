import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { setupTokens } from '@/db/schema';
import { hasOwner } from './has-owner';

export const SETUP_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

export type SetupTokenState = 'valid' | 'unknown' | 'used' | 'expired' | 'owner_exists';

export type SetupRefusal = Exclude<SetupTokenState, 'valid'>;

/** What the setup page and API tell someone holding a link that no longer works, and what to do instead. */
export const SETUP_REFUSALS: Record<SetupRefusal, { kind: 'not_found' | 'conflict'; message: string }> = {
  unknown: {
    kind: 'not_found',
    message: 'This setup link is not valid. Copy the whole link from the server’s output and try again.',
  },
  used: {
    kind: 'conflict',
    message: 'This setup link has already been used. Sign in with the owner account instead.',
  },
  expired: {
    kind: 'conflict',
    message: 'This setup link has expired (links last one hour). Restart Roster to print a new one.',
  },
  owner_exists: {
    kind: 'not_found',
    message: 'Roster already has an owner. Sign in, or ask the owner to create an account for you.',
  },
};

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * Creates a one-time owner-setup code valid for an hour, unless an owner exists (then null).
 * Only its SHA-256 hash is stored; expired and used codes are cleared on the way.
 */
export async function createSetupToken(db: Database, now: Date): Promise<{ code: string; expiresAt: Date } | null> {
  if (await hasOwner(db)) return null;
  await db.delete(setupTokens).where(or(lt(setupTokens.expiresAt, now), isNotNull(setupTokens.usedAt)));

  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_LIFETIME_MS);
  await db.insert(setupTokens).values({ codeHash: hashCode(code), createdAt: now, expiresAt });
  return { code, expiresAt };
}

async function stateOfStoredCode(db: Database, codeHash: string, now: Date): Promise<SetupTokenState> {
  const [row] = await db.select().from(setupTokens).where(eq(setupTokens.codeHash, codeHash)).limit(1);
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  if (row.expiresAt <= now) return 'expired';
  return 'valid';
}

/** Tells whether a setup code would be accepted now, without using it (the setup page's first check). */
export async function checkSetupToken(db: Database, code: string, now: Date): Promise<SetupTokenState> {
  if (await hasOwner(db)) return 'owner_exists';
  return stateOfStoredCode(db, hashCode(code), now);
}

/**
 * Marks the code used if it is still valid, in the caller's transaction, with one conditional UPDATE so two
 * requests holding the same code cannot both succeed. Returns why it was refused otherwise.
 */
export async function consumeSetupToken(db: Database, code: string, now: Date): Promise<SetupTokenState> {
  const codeHash = hashCode(code);
  const consumed = await db
    .update(setupTokens)
    .set({ usedAt: now })
    .where(and(eq(setupTokens.codeHash, codeHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)))
    .returning({ id: setupTokens.id });
  if (consumed.length > 0) return 'valid';
  return stateOfStoredCode(db, codeHash, now);
}
