import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { formatDateTime } from '@/lib/client/format-date';
import type { UserDetailDto } from '@/lib/contracts/directory';
import { AppFieldValues } from './app-field-values';
import { UserRoles } from './user-roles';
import { UserStatusBadge } from './user-status-badge';

/** The user at a glance: identity, status, application fields, roles with their groups, and group memberships. */
export function UserSummary({ detail, fieldLabels }: { detail: UserDetailDto; fieldLabels: Map<string, string> }) {
  const { user, groups } = detail;

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card title="Account">
        <dl className="space-y-2 text-sm">
          <Item term="Status">
            <UserStatusBadge active={user.active} deprovisionedAt={user.deprovisionedAt} />
          </Item>
          <Item term="Name">{user.name ?? user.displayName}</Item>
          <Item term="Email">{user.email}</Item>
          <Item term="externalId">{user.externalId ? <code className="font-mono text-xs">{user.externalId}</code> : null}</Item>
          <Item term="Provisioned">{formatDateTime(user.created)}</Item>
          <Item term="Last change">{`${formatDateTime(user.lastChange)} (version ${user.version})`}</Item>
        </dl>
      </Card>
      <Card title="Application fields">
        <AppFieldValues values={user.appFields} labels={fieldLabels} />
      </Card>
      <Card title="Roles and groups">
        <UserRoles roles={user.roles} linkGroups />
        <h4 className="mt-4 text-xs font-medium text-zinc-500">Member of</h4>
        {groups.length === 0 ? (
          <p className="text-xs text-zinc-500">No group</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {groups.map((group) => (
              <li key={group.id}>
                <Link href={`/groups/${group.id}`} className={cn('text-blue-700 hover:underline', FOCUS_RING)}>
                  {group.displayName}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4">
      <h3 className="mb-3 text-sm font-semibold text-zinc-800">{title}</h3>
      {children}
    </section>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-28 shrink-0 text-zinc-500">{term}</dt>
      <dd className="min-w-0 wrap-anywhere text-zinc-900">{children || <span className="text-zinc-400">—</span>}</dd>
    </div>
  );
}
