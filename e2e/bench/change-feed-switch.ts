/** Runs one SQL text and returns its rows: the benchmark's own connection, whichever driver it uses. */
export type RunSql = (text: string) => Promise<Record<string, unknown>[]>;

/**
 * Disables the change feed's triggers (`roster_events_*`) to measure what the feed costs (issue 10: at most 10 % of
 * the initial cycle). The live-user count's triggers stay, as in production. Returns how many were disabled.
 */
export async function disableChangeFeedTriggers(run: RunSql): Promise<number> {
  const triggers = await run(
    `select t.tgname, c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like 'roster_events_%'`,
  );
  for (const { tgname, relname } of triggers) await run(`alter table ${String(relname)} disable trigger ${String(tgname)}`);
  return triggers.length;
}

export async function countChangeEvents(run: RunSql): Promise<number> {
  const [row] = await run('select count(*)::int as events from change_events');
  return Number(row?.events ?? 0);
}
