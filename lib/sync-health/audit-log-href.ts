/** The audit log filters a sync-health link can set; the names are the audit page's URL parameters. */
export type AuditLogFilters = { outcome?: 'success' | 'failure'; operation?: string; since?: Date; text?: string };

/** A link into the audit log, filtered, so a reason shown on the overview opens the events behind it. */
export function auditLogHref(filters: AuditLogFilters): string {
  const params = new URLSearchParams();
  if (filters.outcome) params.set('outcome', filters.outcome);
  if (filters.operation) params.set('operation', filters.operation);
  if (filters.since) params.set('from', filters.since.toISOString());
  if (filters.text) params.set('text', filters.text);
  const query = params.toString();
  return query ? `/audit?${query}` : '/audit';
}
