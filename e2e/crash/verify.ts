import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/database';
import { isAcknowledged, type Outcome, type UserLog } from './workload';

type UserRow = { user_name: string; external_id: string | null; title: string | null; nick_name: string | null; active: boolean | null };

export type Findings = { acknowledged: number; found: number; inFlight: number; problems: string[] };

const version = (value: string | null) => (value?.startsWith('v') ? Number(value.slice(1)) : NaN);

/**
 * Checks the database against what the client was told: every write answered 2xx is there; a write answered with
 * any other status changed nothing; a write cut off by the kill (no answer) happened entirely or not at all.
 */
export async function verify(db: Database, logs: UserLog[]): Promise<Findings> {
  const users = new Map(
    (
      await queryRows<UserRow>(
        db,
        sql`select user_name, external_id, document->>'title' as title, document->>'nickName' as nick_name, active
            from scim_users where user_name like 'crash-%'`,
      )
    ).map((row) => [row.user_name.toLowerCase(), row]),
  );
  const userCounts = await queryRows<{ name: string; n: number }>(db, sql`select lower(user_name) as name, count(*)::int as n from scim_users group by 1 having count(*) > 1`);
  const groups = new Map(
    (
      await queryRows<{ display_name: string; members: number }>(
        db,
        sql`select g.display_name, (select count(*)::int from group_members m where m.group_id = g.id) as members from scim_groups g where g.display_name like 'crash-group-%'`,
      )
    ).map((row) => [row.display_name, row.members]),
  );

  const findings: Findings = { acknowledged: 0, found: 0, inFlight: 0, problems: [] };
  const problem = (log: UserLog, text: string) => findings.problems.push(`${log.userName}: ${text}`);
  const acknowledged = (outcome: Outcome | undefined, isThere: boolean) => {
    if (!isAcknowledged(outcome)) return;
    findings.acknowledged += 1;
    if (isThere) findings.found += 1;
  };
  const noAnswer = (outcome: Outcome | undefined) => outcome?.status === 'no answer';

  for (const log of logs) {
    const row = users.get(log.userName.toLowerCase());
    acknowledged(log.create, row !== undefined);
    if (isAcknowledged(log.create) && !row) problem(log, 'created (2xx) but missing');
    if (!isAcknowledged(log.create) && !noAnswer(log.create) && row) problem(log, `create answered ${String(log.create.status)} but the user exists`);
    if (noAnswer(log.create)) findings.inFlight += 1;
    if (!row) continue;
    if (row.external_id !== `ext-${log.n}`) problem(log, 'a created user without its externalId (half-written)');

    // Both attributes of a PATCH change together; the stored version is the last acknowledged one, or the next
    // one when that request was cut off by the kill.
    const stored = version(row.title);
    if (row.title !== row.nick_name) problem(log, `title ${row.title} and nickName ${row.nick_name} differ: a PATCH half-applied`);
    const lastAcknowledged = log.patches.filter(isAcknowledged).length;
    const next = log.patches[lastAcknowledged];
    for (let k = 0; k < lastAcknowledged; k += 1) acknowledged(log.patches[k], stored >= k + 1);
    if (noAnswer(next)) findings.inFlight += 1;
    const allowed = noAnswer(next) ? [lastAcknowledged, lastAcknowledged + 1] : [lastAcknowledged];
    if (!allowed.includes(stored)) problem(log, `stored v${stored}, expected ${allowed.map((k) => `v${k}`).join(' or ')}`);

    if (log.poison && !noAnswer(log.poison)) {
      if (isAcknowledged(log.poison)) problem(log, 'a PATCH with an invalid operation was accepted');
      if (row.title === 'poison' || row.active !== true) problem(log, `PATCH answered ${String(log.poison.status)} but changed the user`);
    }
    if (log.duplicate && userCounts.some((entry) => entry.name === log.userName.toLowerCase())) problem(log, 'a duplicate userName was stored');

    if (log.group) {
      const members = groups.get(`crash-group-${log.n}`);
      acknowledged(log.group, members === 1);
      if (isAcknowledged(log.group) && members !== 1) problem(log, `group created (2xx) but ${members === undefined ? 'missing' : `has ${members} members`}`);
      if (noAnswer(log.group)) {
        findings.inFlight += 1;
        if (members !== undefined && members !== 1) problem(log, 'a group cut off by the kill exists without its member');
      }
      if (!isAcknowledged(log.group) && !noAnswer(log.group) && members !== undefined) problem(log, `group answered ${String(log.group.status)} but exists`);
    }
  }
  return findings;
}
