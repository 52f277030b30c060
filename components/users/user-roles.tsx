import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import type { UserRoleDto } from '@/lib/contracts/directory';

/** Each role with the group that gave it ("Owner via Admins"); a role given by two groups is listed twice. */
export function UserRoles({ roles, linkGroups = false }: { roles: UserRoleDto[]; linkGroups?: boolean }) {
  if (roles.length === 0) return <span className="text-xs text-zinc-500">No role</span>;

  return (
    <ul className="space-y-1" aria-label="Roles">
      {roles.map((role) => (
        <li key={`${role.roleId}:${role.groupId}`} className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="user-role">
          <Badge tone="info">{role.roleName}</Badge>
          <span className="text-zinc-500">
            via{' '}
            {linkGroups ? (
              <Link href={`/groups/${role.groupId}`} className={cn('text-blue-700 hover:underline', FOCUS_RING)}>
                {role.groupDisplayName}
              </Link>
            ) : (
              role.groupDisplayName
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
