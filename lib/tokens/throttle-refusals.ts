import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

/** More than `maxRefusals` refusals from one address within `windowSeconds` block it for `blockSeconds`. */
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
): Promise<{ isBlocked: boolean; retryAfterSeconds: number }> {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  const isWindowOver = sql`t.window_started_at <= ${now} - make_interval(secs => ${policy.windowSeconds})`;
  const count = sql`case when ${isWindowOver} then 1 else t.failure_count + 1 end`;
  const [row] = await queryRows<{ retry_after: number | null }>(
    db,
    sql`insert into auth_throttle as t (client_address, window_started_at, failure_count, blocked_until)
        values (${input.clientAddress}, ${now}, 1, null)
        on conflict (client_address) do update set
          window_started_at = case when ${isWindowOver} then ${now} else t.window_started_at end,
          failure_count = ${count},
          blocked_until = case
            when t.blocked_until > ${now} then t.blocked_until
            when ${count} > ${policy.maxRefusals} then ${now} + make_interval(secs => ${policy.blockSeconds})
            else null
          end
        returning ceil(extract(epoch from (blocked_until - ${now})))::int as retry_after`,
  );
  const retryAfterSeconds = Math.max(0, row?.retry_after ?? 0);
  return { isBlocked: retryAfterSeconds > 0, retryAfterSeconds };
}
