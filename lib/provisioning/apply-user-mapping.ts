import type { Database } from '@/db/database';
import type { SchemaRegistry } from '@/lib/scim';
import { isEntraTombstoneRename } from './entra-tombstone';
import { loadMappedFields } from './load-registry';
import { deriveAppFields } from './map-app-fields';
import { matchListOptions } from './match-list-options';

export type PreviousUser = { userName: string; appFields: Record<string, string | null> };

const EMAIL = 'email';

/**
 * The application fields of a user write: derived from the document, list values matched to (or added as) options
 * in one statement (`addOptions: false` outside a transaction: a value needing a new option throws NeedsTransaction), and the email kept through an Entra soft-delete rename (the tombstone name is never an email).
 */
export async function applyUserMapping(
  db: Database,
  input: { document: Record<string, unknown>; previous: PreviousUser | null; registry: SchemaRegistry; addOptions?: boolean },
): Promise<Record<string, string | null>> {
  const fields = await loadMappedFields(db);
  const values = deriveAppFields(fields, input.document, input.registry);

  if (input.previous && EMAIL in values && isEntraTombstoneRename(input.previous.userName, input.document)) {
    const kept = input.previous.appFields[EMAIL] ?? null;
    values[EMAIL] = kept ?? (values[EMAIL] === input.document.userName ? null : values[EMAIL]);
  }

  const requests = fields.flatMap((field) => {
    const value = values[field.machineName];
    return field.type === 'list' && value !== null ? [{ fieldId: field.id, value }] : [];
  });
  if (requests.length === 0) return values;

  const spellings = await matchListOptions(db, requests, { addOptions: input.addOptions ?? true });
  for (const field of fields) {
    const value = values[field.machineName];
    if (field.type === 'list' && value !== null) values[field.machineName] = spellings.get(field.id)?.get(value) ?? value;
  }
  return values;
}
