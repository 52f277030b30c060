'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ScimDocumentView } from '@/components/users/scim-document-view';
import { useFieldLabels } from '@/components/users/use-field-labels';
import { UserAuditHistory } from '@/components/users/user-audit-history';
import { UserSummary } from '@/components/users/user-summary';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { ApiClientError } from '@/lib/client/fetch-json';
import { userDetailQuery } from '@/lib/client/users';

/** A user that is not there (deleted) is no failure to retry. */
const isGone = (error: unknown) => error instanceof ApiClientError && error.status === 404;

export function UserPageClient({ id }: { id: string }) {
  const detail = useQuery(userDetailQuery(id));
  const fieldLabels = useFieldLabels();

  return (
    <>
      <Link href="/users" className={cn('mb-3 inline-block text-sm text-blue-700 hover:underline', FOCUS_RING)}>
        ← Users
      </Link>
      {detail.isPending ? (
        <LoadingState rows={6} label="Loading the user…" />
      ) : detail.isError && isGone(detail.error) ? (
        <div className="space-y-6">
          <EmptyState title="This user no longer exists" description="The identity provider deleted it. Its history stays in the audit log." />
          <UserAuditHistory userId={id} userName={id} />
        </div>
      ) : detail.isError ? (
        <ErrorState title="This user could not be loaded" error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <div className="space-y-6">
          <PageHeader title={detail.data.user.userName} description={detail.data.user.name ?? detail.data.user.displayName ?? undefined} />
          <UserSummary detail={detail.data} fieldLabels={fieldLabels} />
          <section aria-labelledby="document-heading" className="space-y-2">
            <h2 id="document-heading" className="text-sm font-semibold text-zinc-700">
              SCIM document
            </h2>
            <ScimDocumentView document={detail.data.scimDocument} />
          </section>
          <UserAuditHistory userId={id} userName={detail.data.user.userName} />
        </div>
      )}
    </>
  );
}
