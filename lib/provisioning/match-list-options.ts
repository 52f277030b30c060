import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { fieldCache } from '@/lib/fields/field-cache';
import { NeedsTransaction } from './autocommit-write';

export type OptionRequest = { fieldId: string; value: string };

/** fieldId → value as sent → the option's spelling. */
export type OptionSpellings = Map<string, Map<string, string>>;

/** Longer values stay as sent: the case-insensitive unique index cannot hold arbitrarily long text. */
const MAX_OPTION_LENGTH = 500;

/** Spellings remembered per field; past this many a field's map starts again, so a stream of distinct values cannot grow it without end. */
const MAX_REMEMBERED_PER_FIELD = 10_000;

type Row = { fieldId: string; input: string; canonical: string; committed: boolean };

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
      spelled as (select field_id, value, true as committed from existing union all select field_id, value, false from inserted)
      select i.field_id::text as "fieldId", i.value as input, s.value as canonical, s.committed
      from input i join spelled s on s.field_id = i.field_id and lower(s.value) = lower(i.value)`,
  );
}

async function readSpellings(db: Database, json: string): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`with input as (${inputRows(json)})
      select i.field_id::text as "fieldId", i.value as input, o.value as canonical, true as committed
      from input i join app_field_options o on o.field_id = i.field_id and lower(o.value) = lower(i.value)`,
  );
}

function rememberSpelling(row: Row): void {
  let field = fieldCache.optionSpellings.get(row.fieldId);
  if (!field || field.size >= MAX_REMEMBERED_PER_FIELD) fieldCache.optionSpellings.set(row.fieldId, (field = new Map()));
  field.set(row.input, row.canonical);
}

/**
 * List values as their options spell them, adding options for values seen for the first time (DESIGN "list field").
 * Values already matched to a committed option are answered from memory; an option this transaction adds is not
 * remembered, as the transaction may still roll back.
 */
export async function matchListOptions(db: Database, requests: OptionRequest[], options = { addOptions: true }): Promise<OptionSpellings> {
  const spellings: OptionSpellings = new Map();
  const add = (rows: Row[]) => {
    for (const row of rows) {
      const field = spellings.get(row.fieldId) ?? new Map<string, string>();
      field.set(row.input, row.canonical);
      spellings.set(row.fieldId, field);
      if (row.committed) rememberSpelling(row);
    }
  };

  const unknown: OptionRequest[] = [];
  for (const request of requests.filter((candidate) => candidate.value.length <= MAX_OPTION_LENGTH)) {
    const canonical = fieldCache.optionSpellings.get(request.fieldId)?.get(request.value);
    if (canonical === undefined) unknown.push(request);
    else add([{ fieldId: request.fieldId, input: request.value, canonical, committed: false }]);
  }
  if (unknown.length === 0) return spellings;
  if (!options.addOptions) {
    add(await readSpellings(db, JSON.stringify(unknown)));
    if (unknown.some((request) => !spellings.get(request.fieldId)?.has(request.value))) throw new NeedsTransaction('a new list option');
    return spellings;
  }
  add(await matchOrAdd(db, JSON.stringify(unknown)));

  const missing = unknown.filter((request) => !spellings.get(request.fieldId)?.has(request.value));
  if (missing.length > 0) add(await readSpellings(db, JSON.stringify(missing)));
  return spellings;
}
