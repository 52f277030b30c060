'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { ACTIONS_COLUMN, Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from '@/lib/client/format-date';
import type { DirectoryGroupDto } from '@/lib/contracts/directory';
import { GroupRoles } from './group-roles';

export type GroupTableProps = {
  groups: DirectoryGroupDto[];
  /** An extra last cell per row, for example an "Edit roles" button on the roles page. */
  action?: (group: DirectoryGroupDto) => ReactNode;
};

export function GroupTable({ groups, action }: GroupTableProps) {
  return (
    <Table aria-label="Groups received from the identity provider">
      <TableHeader
        columns={['Group', { label: 'Members', align: 'right' }, 'Roles', 'Last change', ...(action ? [ACTIONS_COLUMN] : [])]}
      />
      <TableBody>
        {groups.map((group) => (
          <TableRow key={group.id} data-testid="group-row">
            <TableCell>
              <Link href={`/groups/${group.id}`} className={cn('font-medium text-blue-700 hover:underline', FOCUS_RING)}>
                {group.displayName}
              </Link>
              {group.externalId ? <div className="font-mono text-xs text-zinc-500">{group.externalId}</div> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{group.memberCount}</TableCell>
            <TableCell>
              <GroupRoles roles={group.roles} />
            </TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(group.lastChange)}</TableCell>
            {action ? <TableCell className="text-right whitespace-nowrap">{action(group)}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
