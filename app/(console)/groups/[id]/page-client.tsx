'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { GroupRoles } from '@/components/groups/group-roles';
import { MemberTable } from '@/components/groups/member-table';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { groupMembersQuery } from '@/lib/client/groups';
import { useUrlFilters } from '@/lib/client/use-url-filters';
import { listGroupMembersQuerySchema } from '@/lib/contracts/directory';

const DEFAULTS = { startIndex: '1', count: '25' };
const FALLBACK = listGroupMembersQuerySchema.parse({});

export function GroupPageClient({ id }: { id: string }) {
  const { filters, setFilters } = useUrlFilters(DEFAULTS);
  const parsed = listGroupMembersQuerySchema.safeParse(filters);
  const query = parsed.success ? parsed.data : FALLBACK;
  const page = useQuery(groupMembersQuery(id, query));

  return (
    <>
      <Link href="/groups" className={cn('mb-3 inline-block text-sm text-blue-700 hover:underline', FOCUS_RING)}>
        ← Groups
      </Link>
      {page.isPending ? (
        <LoadingState rows={6} label="Loading the group…" />
      ) : page.isError ? (
        <ErrorState title="This group could not be loaded" error={page.error} onRetry={() => page.refetch()} />
      ) : (
        <div className="space-y-4">
          <PageHeader
            title={page.data.group.displayName}
            description={`${page.data.group.memberCount} ${page.data.group.memberCount === 1 ? 'member' : 'members'}`}
            actions={
              <Link href="/roles" className={cn('text-sm text-blue-700 hover:underline', FOCUS_RING)}>
                Change its roles
              </Link>
            }
          />
          <div className="flex items-center gap-2 text-sm text-zinc-700">
            <span>Gives:</span>
            <GroupRoles roles={page.data.group.roles} />
          </div>
          {page.data.members.length === 0 ? (
            <EmptyState title="No members" description="The identity provider has not added anyone to this group." />
          ) : (
            <>
              <MemberTable members={page.data.members} groupName={page.data.group.displayName} />
              <Pager
                startIndex={query.startIndex}
                pageSize={query.count}
                total={page.data.total}
                isFetching={page.isFetching}
                onPageChange={(startIndex) => setFilters({ startIndex: String(startIndex) })}
              />
            </>
          )}
        </div>
      )}
    </>
  );
}
