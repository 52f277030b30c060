'use client';

import { useQuery } from '@tanstack/react-query';
import { UserTable } from '@/components/users/user-table';
import { SearchBox } from '@/components/users/search-box';
import { useFieldLabels } from '@/components/users/use-field-labels';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Label } from '@/components/ui/label';
import { LoadingState } from '@/components/ui/loading-state';
import { Pager } from '@/components/ui/pager';
import { Select } from '@/components/ui/select';
import { useUrlFilters } from '@/lib/client/use-url-filters';
import { userListQuery } from '@/lib/client/users';
import { DIRECTORY_PAGE_SIZES, listUsersQuerySchema } from '@/lib/contracts/directory';

const DEFAULTS = { q: '', status: 'all', startIndex: '1', count: '25' };
const FALLBACK = listUsersQuerySchema.parse({});

export function UsersPageClient() {
  const { filters, setFilters, clearFilters, isFiltered } = useUrlFilters(DEFAULTS);
  const parsed = listUsersQuerySchema.safeParse(filters);
  const query = parsed.success ? parsed.data : FALLBACK;
  const users = useQuery(userListQuery(query));
  const fieldLabels = useFieldLabels();

  return (
    <section aria-label="Users" className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <SearchBox
          id="user-search"
          label="Search users"
          placeholder="userName, name or email"
          value={filters.q}
          onSearch={(q) => setFilters({ q, startIndex: '1' })}
        />
        <div className="space-y-1">
          <Label htmlFor="user-status">Status</Label>
          <Select id="user-status" value={query.status} onChange={(event) => setFilters({ status: event.target.value, startIndex: '1' })}>
            <option value="all">All users</option>
            <option value="active">Active</option>
            <option value="inactive">Inactive</option>
            <option value="deprovisioned">Deprovisioned</option>
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="user-page-size">Per page</Label>
          <Select id="user-page-size" value={String(query.count)} onChange={(event) => setFilters({ count: event.target.value, startIndex: '1' })}>
            {DIRECTORY_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </div>
      </div>

      {users.isPending ? (
        <LoadingState rows={8} label="Loading users…" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.users.length === 0 ? (
        isFiltered ? (
          <EmptyState
            title="No user matches"
            description="Try another search, or show all users."
            action={<Button onClick={clearFilters}>Clear search</Button>}
          />
        ) : (
          <EmptyState
            title="No users yet"
            description="Users appear here once your identity provider starts provisioning with a SCIM token."
          />
        )
      ) : (
        <>
          <UserTable users={users.data.users} fieldLabels={fieldLabels} />
          <Pager
            startIndex={query.startIndex}
            pageSize={query.count}
            total={users.data.total}
            isFetching={users.isFetching}
            onPageChange={(startIndex) => setFilters({ startIndex: String(startIndex) })}
          />
        </>
      )}
    </section>
  );
}
