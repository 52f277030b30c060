'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { mappingPreviewQuery, useSaveGroupRoles } from '@/lib/client/group-mappings';
import { groupDisplayNameSchema, type MappingChangeBody } from '@/lib/contracts/group-mappings';
import type { RoleSummaryDto } from '@/lib/contracts/roles';
import { MappingPreview } from './mapping-preview';
import { RoleChecklist } from './role-checklist';

const NO_CHANGE: MappingChangeBody = { add: [], remove: [] };

/**
 * Maps a group by its display name before the identity provider sends it (the customer's list of groups arrives
 * ahead of the first sync). If a group of that name has already arrived, the mapping binds to it at once, and the
 * preview says whom that affects.
 */
export function PreMapGroupDialog({ roles }: { roles: RoleSummaryDto[] }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [nameError, setNameError] = useState<string | undefined>();
  const [previewed, setPreviewed] = useState<MappingChangeBody>(NO_CHANGE);
  const preview = useQuery(mappingPreviewQuery(previewed));
  const apply = useSaveGroupRoles();
  const toast = useToast();
  const isPreviewed = previewed.add.length > 0;

  const reset = (next: boolean) => {
    setOpen(next);
    if (next) return;
    setName('');
    setSelected(new Set());
    setNameError(undefined);
    setPreviewed(NO_CHANGE);
    apply.reset();
  };

  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPreviewed(NO_CHANGE);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = groupDisplayNameSchema.safeParse(name);
    setNameError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success || selected.size === 0) return;
    if (!isPreviewed) {
      setPreviewed({ add: [...selected].sort().map((roleId) => ({ roleId, groupDisplayName: parsed.data })), remove: [] });
      return;
    }
    apply.mutate({ groupDisplayName: parsed.data, roleIds: [...selected], mode: 'add' }, {
      onSuccess: ({ mappings }) => {
        reset(false);
        const savedName = mappings[0]?.groupDisplayName ?? parsed.data;
        toast.success(
          mappings.some((mapping) => !mapping.isPending)
            ? `“${savedName}” is mapped.`
            : `“${savedName}” is mapped; it binds when the identity provider sends it.`,
        );
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button disabled={roles.length === 0} title={roles.length === 0 ? 'Create a role first' : undefined}>
          Pre-map a group
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Pre-map a group by name"
        description="Enter the group's display name exactly as your identity provider will send it (case does not matter)."
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field id="premap-name" label="Group display name" error={nameError}>
            <Input autoFocus autoComplete="off" value={name} onChange={(event) => edit(setName)(event.target.value)} />
          </Field>
          <RoleChecklist legend="Roles it gives" roles={roles} selected={selected} onChange={edit(setSelected)} />
          {selected.size === 0 ? <p className="text-xs text-zinc-500">Tick at least one role.</p> : null}
          {isPreviewed ? (
            <MappingPreview preview={preview} isEmpty={false} pendingNote="No group of this name has arrived yet: the mapping waits for it." />
          ) : null}
          {isPreviewed && preview.isSuccess
            ? preview.data.pendingNames.map((pending) => (
                <p key={pending.displayName} role="note" data-testid="premap-existing" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  “{pending.displayName}” is already pre-mapped to {pending.roles.map((role) => role.roleName).join(', ')}. Applying adds the
                  ticked roles to that entry and keeps the spelling “{pending.displayName}”.
                </p>
              ))
            : null}
          <DialogSubmitFooter
            submitLabel={isPreviewed ? 'Apply' : 'Preview'}
            error={apply.error}
            isPending={apply.isPending}
            isSubmitDisabled={selected.size === 0 || (isPreviewed && !preview.isSuccess)}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
