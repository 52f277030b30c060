'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { GroupBrowser } from '@/components/groups/group-browser';
import { DeleteRoleDialog } from '@/components/roles/delete-role-dialog';
import { EditGroupRolesDialog } from '@/components/roles/edit-group-roles-dialog';
import { PendingMappings } from '@/components/roles/pending-mappings';
import { PreMapGroupDialog } from '@/components/roles/pre-map-group-dialog';
import { CreateRoleDialog, EditRoleDialog } from '@/components/roles/role-dialogs';
import { RoleTable } from '@/components/roles/role-table';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { mappingListQuery } from '@/lib/client/group-mappings';
import { roleListQuery } from '@/lib/client/roles';
import type { DirectoryGroupDto } from '@/lib/contracts/directory';
import type { RoleSummaryDto } from '@/lib/contracts/roles';

export function RolesPageClient() {
  const roles = useQuery(roleListQuery());
  const mappings = useQuery(mappingListQuery());
  const [editing, setEditing] = useState<RoleSummaryDto | null>(null);
  const [deleting, setDeleting] = useState<RoleSummaryDto | null>(null);
  const [mappingGroup, setMappingGroup] = useState<DirectoryGroupDto | null>(null);
  const pending = mappings.data?.mappings.filter((mapping) => mapping.isPending) ?? [];

  return (
    <div className="space-y-10">
      <section aria-labelledby="roles-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-4">
          <h2 id="roles-heading" className="text-base font-semibold text-zinc-800">
            Roles
          </h2>
          <CreateRoleDialog />
        </div>
        {roles.isPending ? (
          <LoadingState rows={3} label="Loading roles…" />
        ) : roles.isError ? (
          <ErrorState error={roles.error} onRetry={() => roles.refetch()} />
        ) : roles.data.roles.length === 0 ? (
          <EmptyState title="No roles yet" description="Create the application's roles, then map identity provider groups to them." />
        ) : (
          <RoleTable roles={roles.data.roles} onEdit={setEditing} onDelete={setDeleting} />
        )}
      </section>

      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-base font-semibold text-zinc-800">
          Groups from your identity provider
        </h2>
        <GroupBrowser
          action={(group) => (
            <Button size="sm" onClick={() => setMappingGroup(group)} aria-label={`Edit roles of ${group.displayName}`}>
              Edit roles
            </Button>
          )}
        />
      </section>

      <section aria-labelledby="pending-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-4">
          <div>
            <h2 id="pending-heading" className="text-base font-semibold text-zinc-800">
              Pre-mapped groups
            </h2>
            <p className="text-sm text-zinc-600">Mappings waiting for a group of that name; each binds when the group arrives.</p>
          </div>
          <PreMapGroupDialog roles={roles.data?.roles ?? []} />
        </div>
        {mappings.isPending ? (
          <LoadingState rows={2} label="Loading pre-mapped groups…" />
        ) : mappings.isError ? (
          <ErrorState error={mappings.error} onRetry={() => mappings.refetch()} />
        ) : pending.length === 0 ? (
          <EmptyState title="No pre-mapped groups" description="Pre-map a group by name when the customer sends its list of groups before the first sync." />
        ) : (
          <PendingMappings mappings={pending} />
        )}
      </section>

      <EditRoleDialog key={editing?.id ?? 'none'} role={editing} onOpenChange={(open) => !open && setEditing(null)} />
      <DeleteRoleDialog role={deleting} onOpenChange={(open) => !open && setDeleting(null)} />
      {mappingGroup ? (
        <EditGroupRolesDialog key={mappingGroup.id} group={mappingGroup} onOpenChange={(open) => !open && setMappingGroup(null)} />
      ) : null}
    </div>
  );
}
