'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { AuditEventDetail } from '@/components/audit/audit-event-detail';
import { cn } from '@/components/ui/cn';
import { ErrorState } from '@/components/ui/error-state';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { auditEventQuery } from '@/lib/client/audit';

export function AuditEventPageClient({ id, canOpenDirectory }: { id: string; canOpenDirectory: boolean }) {
  const entry = useQuery(auditEventQuery(id));

  return (
    <>
      <Link href="/audit" className={cn('mb-3 inline-block text-sm text-blue-700 hover:underline', FOCUS_RING)}>
        ← Audit log
      </Link>
      <PageHeader
        title={entry.data ? `Audit entry ${entry.data.event.id}` : 'Audit entry'}
        description={entry.data ? `${entry.data.event.operation} · ${entry.data.event.outcome}` : undefined}
      />
      {entry.isPending ? (
        <LoadingState rows={6} label="Loading the entry…" />
      ) : entry.isError ? (
        <ErrorState title="This entry could not be loaded" error={entry.error} onRetry={() => entry.refetch()} />
      ) : (
        <AuditEventDetail event={entry.data.event} canOpenDirectory={canOpenDirectory} />
      )}
    </>
  );
}
