import { Badge } from '@/components/ui/badge';
import type { MappedRoleDto } from '@/lib/contracts/directory';

/** A group's mapped roles, or a clear warning that it gives its members no role. */
export function GroupRoles({ roles }: { roles: MappedRoleDto[] }) {
  if (roles.length === 0) {
    return (
      <Badge tone="warning" data-testid="no-role">
        No role
      </Badge>
    );
  }
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Mapped roles">
      {roles.map((role) => (
        <li key={role.mappingId}>
          <Badge tone="info">{role.roleName}</Badge>
        </li>
      ))}
    </ul>
  );
}
