import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { throttleRefusals, type ThrottlePolicy } from '@/lib/tokens/throttle-refusals';

/** Ten failed sign-ins within 15 minutes block the address, and separately the account, for 15 minutes. */
export const LOGIN_THROTTLE: ThrottlePolicy = { maxRefusals: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

/** The throttle table's keys for a sign-in: one per address, one per account (so rotating addresses does not help). */
export function loginThrottleKeys(email: string, clientAddress: string): string[] {
  return [`login:address:${clientAddress}`, `login:account:${email.trim().toLowerCase()}`];
}

/** Seconds until a blocked address or account may try again; 0 when neither is blocked. Counts nothing. */
export async function loginBlockedFor(db: Database, keys: string[], now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await queryRows<{ retry_after: number | null }>(
    db,
    sql`select ceil(extract(epoch from (max(blocked_until) - ${at})))::int as retry_after
        from auth_throttle where client_address in (${sql.join(keys.map((key) => sql`${key}`), sql`, `)}) and blocked_until > ${at}`,
  );
  return Math.max(0, row?.retry_after ?? 0);
}

/** Counts a failed sign-in against the address and the account; says whether this failure started a block. */
export async function countLoginFailure(db: Database, keys: string[], now: Date): Promise<{ isNewBlock: boolean }> {
  const results = await Promise.all(keys.map((key) => throttleRefusals(db, { clientAddress: key, now }, LOGIN_THROTTLE)));
  return { isNewBlock: results.some((result) => result.isNewBlock) };
}
