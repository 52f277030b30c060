import { stringify } from 'csv-stringify/sync';
import type { Database } from '@/db/database';
import { FIELD_TYPE_LABELS } from '@/lib/contracts/fields';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { listFields } from './list-fields';

const COLUMNS: [string, (field: AppFieldDto) => string][] = [
  ['Field', (field) => field.label],
  ['Machine name', (field) => field.machineName],
  ['Type', (field) => FIELD_TYPE_LABELS[field.type]],
  ['SCIM source path', (field) => field.scimPath],
  ['SAML claim URI', (field) => field.samlClaim ?? ''],
  ['Built-in', (field) => (field.isBuiltin ? 'yes' : 'no')],
];

/**
 * The claim/attribute table handed to the customer's IT team, as RFC 4180 CSV with CRLF records; cells a
 * spreadsheet would run as formulas are neutralised.
 */
export async function exportFieldsCsv(db: Database): Promise<string> {
  const fields = await listFields(db);
  return stringify([COLUMNS.map(([name]) => name), ...fields.map((field) => COLUMNS.map(([, read]) => read(field)))], {
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
