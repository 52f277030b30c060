import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

export type OptionRequest = { fieldId: string; value: string };

/** fieldId → value as sent → the option's spelling. */
export type OptionSpellings = Map<string, Map<string, string>>;

/** Longer values stay as sent: the case-insensitive unique index cannot hold arbitrarily long text. */
const MAX_OPTION_LENGTH = 500;

type Row = { fieldId: string; input: string; canonical: string };

const inputRows = (json: string): SQL => sql`select (e->>'fieldId')::uuid as field_id, e->>'value' as value, ord
  from jsonb_array_elements(${json}::jsonb) with ordinality as t(e, ord)`;

/**
 * Matches list values to their fields' options case-insensitively and adds the unknown ones (origin `idp`), in one
 * statement for any number of fields and values. The unique index on (field_id, lower(value)) makes concurrent
 * writers of the same new value create one option; the loser of such a race finds it with a second read, whose
 * snapshot is newer than the insert it waited for.
 */
async function matchOrAdd(db: Database, json: string): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`with input as (${inputRows(json)}),
      wanted as (
        select distinct on (field_id, lower(value)) field_id, value from input order by field_id, lower(value), ord
      ),
      existing as (
        select o.field_id, o.value from app_field_options o
        join wanted w on o.field_id = w.field_id and lower(o.value) = lower(w.value)
      ),
      inserted as (
        insert into app_field_options (field_id, value, origin)
        select w.field_id, w.value, 'idp'::option_origin from wanted w
        where not exists (select 1 from existing e where e.field_id = w.field_id and lower(e.value) = lower(w.value))
        order by w.field_id, lower(w.value)
        on conflict (field_id, lower(value)) do nothing
        returning field_id, value
      ),
      spelled as (select field_id, value from existing union all select field_id, value from inserted)
      select i.field_id::text as "fieldId", i.value as input, s.value as canonical
      from input i join spelled s on s.field_id = i.field_id and lower(s.value) = lower(i.value)`,
  );
}

async function readSpellings(db: Database, json: string): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`with input as (${inputRows(json)})
      select i.field_id::text as "fieldId", i.value as input, o.value as canonical
      from input i join app_field_options o on o.field_id = i.field_id and lower(o.value) = lower(i.value)`,
  );
}

/** List values as their options spell them, adding options for values seen for the first time (DESIGN "list field"). */
export async function matchListOptions(db: Database, requests: OptionRequest[]): Promise<OptionSpellings> {
  const spellings: OptionSpellings = new Map();
  const wanted = requests.filter((request) => request.value.length <= MAX_OPTION_LENGTH);
  if (wanted.length === 0) return spellings;

  const add = (rows: Row[]) => {
    for (const row of rows) {
      const field = spellings.get(row.fieldId) ?? new Map<string, string>();
      field.set(row.input, row.canonical);
      spellings.set(row.fieldId, field);
    }
  };
  add(await matchOrAdd(db, JSON.stringify(wanted)));

  const missing = wanted.filter((request) => !spellings.get(request.fieldId)?.has(request.value));
  if (missing.length > 0) add(await readSpellings(db, JSON.stringify(missing)));
  return spellings;
}
