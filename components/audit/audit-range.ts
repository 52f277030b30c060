import type { AuditQuery } from '@/lib/client/audit';
import type { AuditOutcome } from '@/lib/contracts/audit';
import { DAY_MS } from '@/lib/time/durations';

export const AUDIT_RANGES = [
  { value: '24h', label: 'Last 24 hours', ms: DAY_MS },
  { value: '7d', label: 'Last 7 days', ms: 7 * DAY_MS },
  { value: '30d', label: 'Last 30 days', ms: 30 * DAY_MS },
  { value: '90d', label: 'Last 90 days', ms: 90 * DAY_MS },
  { value: '365d', label: 'Last 12 months', ms: 365 * DAY_MS },
  { value: 'custom', label: 'Custom range', ms: 0 },
] as const;

export type AuditRange = (typeof AUDIT_RANGES)[number]['value'];

/** The audit log's filters as they sit in the URL. */
export const AUDIT_FILTER_DEFAULTS = {
  range: '7d',
  from: '',
  to: '',
  outcome: '',
  operation: '',
  resourceType: '',
  resourceId: '',
  actor: '',
  text: '',
};

export type AuditUrlFilters = typeof AUDIT_FILTER_DEFAULTS;

/**
 * The API query for the URL's filters at `now`. A preset range is open-ended, so entries written while the page
 * is open still appear; a custom one uses the dates chosen. Unknown values fall back to the default range.
 */
export function resolveAuditQuery(filters: AuditUrlFilters, now: Date): AuditQuery {
  const preset = AUDIT_RANGES.find((range) => range.value === filters.range && range.value !== 'custom');
  const isCustom = filters.range === 'custom';
  const ms = preset?.ms ?? (isCustom ? 0 : 7 * DAY_MS);
  const from = isCustom ? validIso(filters.from) : new Date(now.getTime() - ms).toISOString();
  const to = isCustom ? validIso(filters.to) : undefined;

  return {
    from,
    to,
    outcome: filters.outcome === 'success' || filters.outcome === 'failure' ? (filters.outcome as AuditOutcome) : undefined,
    operation: filters.operation || undefined,
    resourceType: filters.resourceType || undefined,
    resourceId: filters.resourceId || undefined,
    actor: filters.actor || undefined,
    text: filters.text || undefined,
  };
}

function validIso(value: string): string | undefined {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (browser time zone) as an ISO instant; blank stays blank. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}
