'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SearchBox } from '@/components/users/search-box';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Label } from '@/components/ui/label';
import { LoadingState } from '@/components/ui/loading-state';
import { Pager } from '@/components/ui/pager';
import { Select } from '@/components/ui/select';
import { groupListQuery } from '@/lib/client/groups';
import { useUrlFilters } from '@/lib/client/use-url-filters';
import { listGroupsQuerySchema, type DirectoryGroupDto } from '@/lib/contracts/directory';
import { GroupTable } from './group-table';
import { UnmappedGroupsNotice } from './unmapped-groups-notice';

const DEFAULTS = { q: '', mapping: 'all', startIndex: '1' };
const FALLBACK = listGroupsQuerySchema.parse({});

/** The groups received from the IdP, searchable, filterable by whether they give a role, paged on the server. */
export function GroupBrowser({ action }: { action?: (group: DirectoryGroupDto) => ReactNode }) {
  const { filters, setFilters, clearFilters, isFiltered } = useUrlFilters(DEFAULTS);
  const parsed = listGroupsQuerySchema.safeParse(filters);
  const query = parsed.success ? parsed.data : FALLBACK;
  const groups = useQuery(groupListQuery(query));

  return (
    <div className="space-y-3">
      {groups.data ? (
        <UnmappedGroupsNotice
          count={groups.data.unmappedCount}
          isShowingUnmapped={query.mapping === 'unmapped'}
          onShowUnmapped={() => setFilters({ mapping: 'unmapped', startIndex: '1' })}
        />
      ) : null}

      <div className="flex flex-wrap items-end gap-3">
        <SearchBox
          id="group-search"
          label="Search groups"
          placeholder="Display name or externalId"
          value={filters.q}
          onSearch={(q) => setFilters({ q, startIndex: '1' })}
        />
        <div className="space-y-1">
          <Label htmlFor="group-mapping">Show</Label>
          <Select id="group-mapping" value={query.mapping} onChange={(event) => setFilters({ mapping: event.target.value, startIndex: '1' })}>
            <option value="all">All groups</option>
            <option value="unmapped">Groups with no role</option>
            <option value="mapped">Groups with a role</option>
          </Select>
        </div>
      </div>

      {groups.isPending ? (
        <LoadingState rows={6} label="Loading groups…" />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => groups.refetch()} />
      ) : groups.data.groups.length === 0 ? (
        isFiltered ? (
          <EmptyState title="No group matches" action={<Button onClick={clearFilters}>Show all groups</Button>} />
        ) : (
          <EmptyState
            title="No groups received yet"
            description="Groups appear once your identity provider pushes them. You can pre-map a group by its name before it arrives."
          />
        )
      ) : (
        <>
          <GroupTable groups={groups.data.groups} action={action} />
          <Pager
            startIndex={query.startIndex}
            pageSize={query.count}
            total={groups.data.total}
            isFetching={groups.isFetching}
            onPageChange={(startIndex) => setFilters({ startIndex: String(startIndex) })}
          />
        </>
      )}
    </div>
  );
}
