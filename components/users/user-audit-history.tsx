'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { AuditTable } from '@/components/audit/audit-table';
import { CursorPager } from '@/components/audit/cursor-pager';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { LoadingState } from '@/components/ui/loading-state';
import { auditListQuery } from '@/lib/client/audit';
import { toSearch } from '@/lib/client/search-params';

const PAGE_SIZE = 20;

/** Everything the audit log holds about one user, newest first, whatever its age. */
export function UserAuditHistory({ userId, userName }: { userId: string; userName: string }) {
  const [cursors, setCursors] = useState<string[]>([]);
  const query = { resourceType: 'User', resourceId: userId };
  const history = useQuery(auditListQuery(query, cursors.at(-1), PAGE_SIZE));
  const auditLogHref = `/audit${toSearch({ range: '365d', ...query })}`;

  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="history-heading" className="text-sm font-semibold text-zinc-700">
          Audit history
        </h2>
        <Link href={auditLogHref} className={cn('text-sm text-blue-700 hover:underline', FOCUS_RING)}>
          Open in the audit log
        </Link>
      </div>
      {history.isPending ? (
        <LoadingState rows={4} label="Loading the history…" />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : history.data.events.length === 0 ? (
        <EmptyState title="No audit entries" description="Entries older than the audit retention period have been pruned." />
      ) : (
        <>
          <AuditTable events={history.data.events} caption={`Audit history of ${userName}`} />
          <CursorPager
            page={cursors.length + 1}
            hasOlder={history.data.nextCursor !== null}
            isFetching={history.isFetching}
            onNewer={() => setCursors(cursors.slice(0, -1))}
            onOlder={() => setCursors([...cursors, history.data.nextCursor!])}
          />
        </>
      )}
    </section>
  );
}
