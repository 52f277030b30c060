'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActivityChart } from '@/components/audit/activity-chart';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AUDIT_FILTER_DEFAULTS, resolveAuditQuery } from '@/components/audit/audit-range';
import { AuditTable } from '@/components/audit/audit-table';
import { CursorPager } from '@/components/audit/cursor-pager';
import { LINK_BUTTON_CLASS } from '@/components/audit/link-button-class';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/loading-state';
import { activityQuery, auditExportUrl, auditListQuery } from '@/lib/client/audit';
import { useIsClient } from '@/lib/client/use-is-client';
import { useUrlFilters } from '@/lib/client/use-url-filters';
import { auditKeys } from '@/lib/client/query-keys';

export function AuditPageClient() {
  const queryClient = useQueryClient();
  const { filters, setFilters, clearFilters, isFiltered } = useUrlFilters(AUDIT_FILTER_DEFAULTS);
  const [now, setNow] = useState(() => new Date());
  const query = resolveAuditQuery(filters, now);
  // The export's time range comes from the browser's clock, so its link is only drawn once the page has hydrated.
  const isClient = useIsClient();

  // The cursors of the pages walked through, reset whenever the filters change.
  const queryId = JSON.stringify(query);
  const [paging, setPaging] = useState<{ queryId: string; cursors: string[] }>({ queryId, cursors: [] });
  const cursors = paging.queryId === queryId ? paging.cursors : [];
  const events = useQuery(auditListQuery(query, cursors.at(-1)));

  const chartQuery = { ...query, to: query.to ?? now.toISOString() };
  const activity = useQuery(activityQuery(chartQuery));

  const refresh = () => {
    setNow(new Date());
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  };

  return (
    <div className="space-y-5">
      <AuditFilters filters={filters} onApply={setFilters} onClear={clearFilters} isFiltered={isFiltered} />

      <section aria-labelledby="activity-heading" className="space-y-2">
        <h2 id="activity-heading" className="sr-only">
          Activity
        </h2>
        {!chartQuery.from ? (
          <EmptyState title="Choose a start date" description="The activity chart needs a range: pick a start date above." />
        ) : activity.isPending ? (
          <div role="status" aria-label="Loading activity…">
            <Skeleton className="h-56 w-full rounded-lg" />
          </div>
        ) : activity.isError ? (
          <ErrorState title="The activity chart could not be loaded" error={activity.error} onRetry={() => activity.refetch()} />
        ) : (
          <ActivityChart buckets={activity.data.buckets} bucket={activity.data.bucket} />
        )}
      </section>

      <section aria-labelledby="entries-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="entries-heading" className="text-sm font-semibold text-zinc-700">
            Entries
          </h2>
          <div className="flex gap-2">
            <Button onClick={refresh}>Refresh</Button>
            <a href={isClient ? auditExportUrl(query) : undefined} download className={LINK_BUTTON_CLASS}>
              Export CSV
            </a>
          </div>
        </div>

        {events.isPending ? (
          <LoadingState rows={8} label="Loading the audit log…" />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => events.refetch()} />
        ) : events.data.events.length === 0 ? (
          <EmptyState
            title={isFiltered ? 'No entries match these filters' : 'No entries in this range'}
            description={
              isFiltered ? 'Widen the time range or clear a filter.' : 'Entries appear as soon as the identity provider calls the SCIM API.'
            }
            action={isFiltered ? <Button onClick={clearFilters}>Clear filters</Button> : undefined}
          />
        ) : (
          <>
            <AuditTable events={events.data.events} caption="Audit log entries" />
            <CursorPager
              page={cursors.length + 1}
              hasOlder={events.data.nextCursor !== null}
              isFetching={events.isFetching}
              onNewer={() => setPaging({ queryId, cursors: cursors.slice(0, -1) })}
              onOlder={() => setPaging({ queryId, cursors: [...cursors, events.data.nextCursor!] })}
            />
          </>
        )}
      </section>
    </div>
  );
}
