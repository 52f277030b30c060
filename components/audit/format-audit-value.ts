/** A changed field's old or new value as text: strings as they are, anything else as JSON, absent as "—". */
export function formatAuditValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}
