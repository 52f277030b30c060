'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useToast } from '@/components/ui/toast';
import { mappingPreviewQuery, useSaveGroupRoles } from '@/lib/client/group-mappings';
import { roleListQuery } from '@/lib/client/roles';
import type { DirectoryGroupDto } from '@/lib/contracts/directory';
import type { MappingChangeBody } from '@/lib/contracts/group-mappings';
import { MappingPreview } from './mapping-preview';
import { RoleChecklist } from './role-checklist';

function changeFor(group: DirectoryGroupDto, selected: ReadonlySet<string>): MappingChangeBody {
  const current = new Map(group.roles.map((role) => [role.roleId, role.mappingId]));
  return {
    add: [...selected].filter((roleId) => !current.has(roleId)).sort().map((roleId) => ({ roleId, groupId: group.id })),
    remove: [...current].filter(([roleId]) => !selected.has(roleId)).map(([, mappingId]) => mappingId).sort(),
  };
}

/**
 * Chooses the roles a received group gives. The effect on its members is previewed as boxes are ticked, and
 * nothing is saved until "Apply".
 */
export function EditGroupRolesDialog({ group, onOpenChange }: { group: DirectoryGroupDto; onOpenChange: (open: boolean) => void }) {
  const roles = useQuery(roleListQuery());
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(group.roles.map((role) => role.roleId)));
  const change = changeFor(group, selected);
  const isEmpty = change.add.length + change.remove.length === 0;
  const preview = useQuery(mappingPreviewQuery(change));
  const apply = useSaveGroupRoles();
  const toast = useToast();

  const save = () =>
    apply.mutate({ groupId: group.id, roleIds: [...selected] }, {
      onSuccess: () => {
        onOpenChange(false);
        toast.success(`Roles of “${group.displayName}” saved.`);
      },
    });

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent
        title={`Roles given by “${group.displayName}”`}
        description={`Its ${group.memberCount} ${group.memberCount === 1 ? 'member gets' : 'members get'} every role ticked here, on top of roles from their other groups.`}
      >
        {roles.isPending ? (
          <LoadingState rows={3} label="Loading roles…" />
        ) : roles.isError ? (
          <ErrorState error={roles.error} onRetry={() => roles.refetch()} />
        ) : roles.data.roles.length === 0 ? (
          <EmptyState title="No roles yet" description="Create a role first, then map this group to it." />
        ) : (
          <div className="space-y-4">
            <RoleChecklist legend="Roles" roles={roles.data.roles} selected={selected} onChange={setSelected} />
            <MappingPreview preview={preview} isEmpty={isEmpty} />
          </div>
        )}
        <DialogSubmitFooter
          submitLabel="Apply"
          error={apply.error}
          errorNote="Nothing was saved."
          isPending={apply.isPending}
          isSubmitDisabled={isEmpty || !preview.isSuccess}
          onSubmit={save}
        />
      </DialogContent>
    </Dialog>
  );
}
