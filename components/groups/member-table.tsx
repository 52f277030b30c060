import Link from 'next/link';
import { UserStatusBadge } from '@/components/users/user-status-badge';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import type { GroupMemberDto } from '@/lib/contracts/directory';

export function MemberTable({ members, groupName }: { members: GroupMemberDto[]; groupName: string }) {
  return (
    <Table aria-label={`Members of ${groupName}`}>
      <TableHeader columns={['userName', 'Display name', 'Email', 'Status']} />
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.id} data-testid="member-row">
            <TableCell>
              <Link href={`/users/${member.id}`} className={cn('font-medium wrap-anywhere text-blue-700 hover:underline', FOCUS_RING)}>
                {member.userName}
              </Link>
            </TableCell>
            <TableCell>{member.displayName ?? <span className="text-zinc-400">—</span>}</TableCell>
            <TableCell className="wrap-anywhere">{member.email ?? <span className="text-zinc-400">—</span>}</TableCell>
            <TableCell>
              <UserStatusBadge active={member.active} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
