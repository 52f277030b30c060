'use client';

import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useToast } from '@/components/ui/toast';
import { mappingListQuery } from '@/lib/client/group-mappings';
import { useDeleteRole } from '@/lib/client/roles';
import type { RoleSummaryDto } from '@/lib/contracts/roles';

/** Asks before deleting a role and, when it is mapped, lists the groups and counts the users it is taken from. */
export function DeleteRoleDialog({ role, onOpenChange }: { role: RoleSummaryDto | null; onOpenChange: (open: boolean) => void }) {
  const remove = useDeleteRole();
  const toast = useToast();
  const isMapped = (role?.mappingCount ?? 0) > 0;
  const mappings = useQuery({ ...mappingListQuery({ roleId: role?.id }), enabled: role !== null && isMapped });

  const confirm = () => {
    if (!role) return;
    onOpenChange(false);
    remove.mutate(role.id, {
      onSuccess: ({ usersLosingRole }) =>
        toast.success(`Role “${role.name}” deleted${usersLosingRole > 0 ? `; ${usersLosingRole} users no longer have it` : ''}.`),
      onError: (error) => toast.error(error, `Role “${role.name}” could not be deleted`),
    });
  };

  return (
    <ConfirmDialog
      open={role !== null}
      onOpenChange={onOpenChange}
      title={role ? `Delete the role “${role.name}”?` : 'Delete role'}
      description={
        isMapped
          ? `This role is mapped. Deleting it removes ${role?.mappingCount === 1 ? 'its mapping' : `its ${role?.mappingCount} mappings`} and takes it from ${role?.userCount} ${role?.userCount === 1 ? 'user' : 'users'}.`
          : 'No group is mapped to this role, so no user loses anything.'
      }
      confirmLabel="Delete role"
      onConfirm={confirm}
    >
      {isMapped ? (
        mappings.isPending ? (
          <LoadingState rows={2} label="Loading the affected groups…" />
        ) : mappings.isError ? (
          <ErrorState title="The affected groups could not be loaded" error={mappings.error} />
        ) : (
          <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="role-delete-impact">
            <p className="font-medium">Groups that will no longer give this role:</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {mappings.data.mappings.map((mapping) => (
                <li key={mapping.id}>
                  {mapping.groupDisplayName}{' '}
                  <span className="text-amber-800">
                    {mapping.isPending ? '(pre-mapped, not received yet)' : `(${mapping.memberCount} ${mapping.memberCount === 1 ? 'member' : 'members'})`}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
    </ConfirmDialog>
  );
}
