'use client';

import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from '@/lib/client/format-date';
import type { DirectoryUserDto } from '@/lib/contracts/directory';
import { AppFieldValues } from './app-field-values';
import { UserRoles } from './user-roles';
import { UserStatusBadge } from './user-status-badge';

/** Built-in fields the row already shows in its User and Email columns. */
const SHOWN_IN_COLUMNS = ['email', 'first_name', 'last_name'] as const;

export function UserTable({ users, fieldLabels }: { users: DirectoryUserDto[]; fieldLabels: Map<string, string> }) {
  return (
    <Table aria-label="Provisioned users">
      <TableHeader columns={['User', 'Email', 'Status', 'Fields', 'Roles', 'Last change']} />
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} data-testid="user-row">
            <TableCell className="max-w-64">
              <Link href={`/users/${user.id}`} className={cn('font-medium wrap-anywhere text-blue-700 hover:underline', FOCUS_RING)}>
                {user.userName}
              </Link>
              {user.name || user.displayName ? <div className="text-xs text-zinc-600">{user.name ?? user.displayName}</div> : null}
            </TableCell>
            <TableCell className="wrap-anywhere">{user.email ?? <span className="text-zinc-400">—</span>}</TableCell>
            <TableCell>
              <UserStatusBadge active={user.active} deprovisionedAt={user.deprovisionedAt} />
            </TableCell>
            <TableCell className="min-w-48">
              <AppFieldValues values={user.appFields} labels={fieldLabels} omit={SHOWN_IN_COLUMNS} />
            </TableCell>
            <TableCell className="min-w-40">
              <UserRoles roles={user.roles} />
            </TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(user.lastChange)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
