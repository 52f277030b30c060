'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { useToast } from '@/components/ui/toast';
import { formatDate } from '@/lib/client/format-date';
import { useDeleteMapping } from '@/lib/client/group-mappings';
import type { GroupMappingDto } from '@/lib/contracts/group-mappings';

/** Pre-mapped names, one row per name with its roles; removing one affects no user, since the group has not arrived. */
export function PendingMappings({ mappings }: { mappings: GroupMappingDto[] }) {
  const remove = useDeleteMapping();
  const toast = useToast();
  const byName = new Map<string, GroupMappingDto[]>();
  for (const mapping of mappings) {
    const key = mapping.groupDisplayName.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), mapping]);
  }

  const unmap = (mapping: GroupMappingDto) =>
    remove.mutate(mapping.id, {
      onSuccess: () => toast.success(`“${mapping.groupDisplayName}” no longer pre-mapped to ${mapping.roleName}.`),
      onError: (error) => toast.error(error, 'The pre-mapping could not be removed'),
    });

  return (
    <Table aria-label="Pre-mapped groups waiting for the identity provider">
      <TableHeader columns={['Group name', 'Roles it will give', 'Added']} />
      <TableBody>
        {[...byName.values()].map((group) => (
          <TableRow key={group[0].groupDisplayName} data-testid="pending-row">
            <TableCell className="font-medium">{group[0].groupDisplayName}</TableCell>
            <TableCell>
              <ul className="flex flex-wrap gap-2">
                {group.map((mapping) => (
                  <li key={mapping.id} className="inline-flex items-center gap-1">
                    <Badge tone="info">{mapping.roleName}</Badge>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-6 px-1.5"
                      disabled={remove.isPending}
                      onClick={() => unmap(mapping)}
                      aria-label={`Remove the pre-mapping of ${mapping.groupDisplayName} to ${mapping.roleName}`}
                    >
                      Remove
                    </Button>
                  </li>
                ))}
              </ul>
            </TableCell>
            <TableCell className="text-xs whitespace-nowrap text-zinc-600">
              {formatDate(group[0].createdAt)}
              {group[0].createdBy ? <div>by {group[0].createdBy}</div> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
