'use client';

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ActivityBucketSize, ActivityDto, AuditEventDto, AuditOutcome, AuditPageDto } from '@/lib/contracts/audit';
import { fetchJson } from './fetch-json';
import { toSearch } from './search-params';
import { auditKeys } from './query-keys';

const API = '/api/console/audit';

/** The audit filters as the API takes them, dates as ISO strings (so they can sit in query keys and URLs). */
export type AuditQuery = {
  from?: string;
  to?: string;
  outcome?: AuditOutcome;
  operation?: string;
  resourceType?: string;
  resourceId?: string;
  actor?: string;
  text?: string;
};

export const auditListQuery = (query: AuditQuery, cursor?: string, limit = 50) =>
  queryOptions({
    queryKey: auditKeys.list(query, cursor, limit),
    queryFn: () => fetchJson<AuditPageDto>(`${API}${toSearch({ ...query, cursor, limit })}`),
    placeholderData: keepPreviousData,
  });

export const auditEventQuery = (id: string) =>
  queryOptions({
    queryKey: auditKeys.detail(id),
    queryFn: () => fetchJson<{ event: AuditEventDto }>(`${API}/${encodeURIComponent(id)}`),
  });

/** Requests and failures over the query's range (from and to are required here). */
export const activityQuery = (query: AuditQuery, bucket?: ActivityBucketSize) =>
  queryOptions({
    queryKey: auditKeys.activity(query, bucket),
    queryFn: () => fetchJson<ActivityDto>(`${API}/activity${toSearch({ ...query, bucket })}`),
    enabled: Boolean(query.from && query.to),
    placeholderData: keepPreviousData,
  });

/** The CSV download of exactly what the list shows. */
export function auditExportUrl(query: AuditQuery): string {
  return `${API}/export${toSearch(query)}`;
}
