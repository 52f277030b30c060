import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

/**
 * More than `maxRefusals` refusals from one address within `windowSeconds` block it for `blockSeconds`.
 * The same policy and table serve SCIM bearer refusals and console sign-in failures (keyed by address and by account).
 */
export type ThrottlePolicy = { maxRefusals: number; windowSeconds: number; blockSeconds: number };

export const REFUSAL_THROTTLE: ThrottlePolicy = { maxRefusals: 20, windowSeconds: 60, blockSeconds: 60 };

/**
 * Counts one refused attempt from an address and says whether the address is now blocked. One upsert does
 * the read and the write, so concurrent refusals on any instance count exactly (no read-modify-write race).
 */
export async function throttleRefusals(
  db: Database,
  input: { clientAddress: string; now: Date },
  policy: ThrottlePolicy = REFUSAL_THROTTLE,
): Promise<{ isBlocked: boolean; isNewBlock: boolean; refusals: number; retryAfterSeconds: number }> {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  const isWindowOver = sql`t.window_started_at <= ${now} - make_interval(secs => ${policy.windowSeconds})`;
  const count = sql`case when ${isWindowOver} then 1 else t.failure_count + 1 end`;
  const blockEnd = sql`${now} + make_interval(secs => ${policy.blockSeconds})`;
  const [row] = await queryRows<{ retry_after: number | null; is_new_block: boolean; refusals: number }>(
    db,
    sql`insert into auth_throttle as t (client_address, window_started_at, failure_count, blocked_until)
        values (${input.clientAddress}, ${now}, 1, null)
        on conflict (client_address) do update set
          window_started_at = case when ${isWindowOver} then ${now} else t.window_started_at end,
          failure_count = ${count},
          blocked_until = case
            when t.blocked_until > ${now} then t.blocked_until
            when ${count} > ${policy.maxRefusals} then ${blockEnd}
            else null
          end
        returning ceil(extract(epoch from (blocked_until - ${now})))::int as retry_after,
                  coalesce(blocked_until = ${blockEnd}, false) as is_new_block,
                  failure_count as refusals`,
  );
  const retryAfterSeconds = Math.max(0, row?.retry_after ?? 0);
  // The refusal that started the block is the one that says so (audited with the count); the rest stay quiet.
  return { isBlocked: retryAfterSeconds > 0, isNewBlock: row?.is_new_block === true, refusals: row?.refusals ?? 1, retryAfterSeconds };
}

/**
 * Drops the counters of addresses whose window is over and which are not blocked: they would start again from one
 * anyway, so only addresses refused within the last window (or still blocked) keep a row.
 */
export async function pruneRefusalThrottle(db: Database, now: Date, policy: ThrottlePolicy = REFUSAL_THROTTLE): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await queryRows<{ client_address: string }>(
    db,
    sql`delete from auth_throttle
        where window_started_at <= ${at} - make_interval(secs => ${policy.windowSeconds})
          and (blocked_until is null or blocked_until <= ${at})
        returning client_address`,
  );
  return rows.length;
}
