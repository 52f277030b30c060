'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useCreateRole, useUpdateRole } from '@/lib/client/roles';
import type { RoleDto } from '@/lib/contracts/roles';
import { RoleForm } from './role-form';

export function CreateRoleDialog() {
  const [open, setOpen] = useState(false);
  const create = useCreateRole();
  const toast = useToast();

  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (!next) create.reset();
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">New role</Button>
      </DialogTrigger>
      <DialogContent title="Create a role" description="Roles are the application's own; map identity provider groups to them below.">
        <RoleForm
          submitLabel="Create role"
          isPending={create.isPending}
          error={create.error}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: ({ role }) => {
                changeOpen(false);
                toast.success(`Role “${role.name}” created.`);
              },
            })
          }
        />
      </DialogContent>
    </Dialog>
  );
}

export function EditRoleDialog({ role, onOpenChange }: { role: RoleDto | null; onOpenChange: (open: boolean) => void }) {
  const update = useUpdateRole();
  const toast = useToast();

  return (
    <Dialog open={role !== null} onOpenChange={onOpenChange}>
      {role ? (
        <DialogContent title={`Edit “${role.name}”`} description="Renaming keeps every mapping: users keep the role under its new name.">
          <RoleForm
            defaultValues={{ name: role.name, description: role.description }}
            submitLabel="Save role"
            isPending={update.isPending}
            error={update.error}
            onSubmit={(body) =>
              update.mutate(
                { id: role.id, ...body },
                {
                  onSuccess: ({ role: saved }) => {
                    onOpenChange(false);
                    toast.success(`Role “${saved.name}” saved.`);
                  },
                },
              )
            }
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
