'use client';

import { Button } from '@/components/ui/button';
import { ACTIONS_COLUMN, Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import type { RoleSummaryDto } from '@/lib/contracts/roles';

export type RoleTableProps = {
  roles: RoleSummaryDto[];
  onEdit: (role: RoleSummaryDto) => void;
  onDelete: (role: RoleSummaryDto) => void;
};

export function RoleTable({ roles, onEdit, onDelete }: RoleTableProps) {
  return (
    <Table aria-label="Application roles">
      <TableHeader columns={['Role', 'Description', { label: 'Mapped groups', align: 'right' }, { label: 'Users', align: 'right' }, ACTIONS_COLUMN]} />
      <TableBody>
        {roles.map((role) => (
          <TableRow key={role.id} data-testid="role-row">
            <TableCell className="font-medium">{role.name}</TableCell>
            <TableCell className="max-w-md text-zinc-600">{role.description || <span className="text-zinc-400">—</span>}</TableCell>
            <TableCell className="text-right tabular-nums">
              {role.mappingCount}
              {role.pendingMappingCount > 0 ? <div className="text-xs text-zinc-500">{role.pendingMappingCount} pre-mapped</div> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{role.userCount}</TableCell>
            <TableCell className="text-right whitespace-nowrap">
              <div className="flex justify-end gap-1.5">
                <Button size="sm" onClick={() => onEdit(role)} aria-label={`Edit ${role.name}`}>
                  Edit
                </Button>
                <Button size="sm" variant="danger" onClick={() => onDelete(role)} aria-label={`Delete ${role.name}`}>
                  Delete
                </Button>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
