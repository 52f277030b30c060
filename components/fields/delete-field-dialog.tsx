'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { useDeleteField } from '@/lib/client/fields';
import type { AppFieldDto } from '@/lib/contracts/fields';

export function DeleteFieldDialog({ field, onOpenChange }: { field: AppFieldDto | null; onOpenChange: (open: boolean) => void }) {
  const remove = useDeleteField();
  const toast = useToast();

  const confirm = () => {
    if (!field) return;
    remove.mutate(field.id, {
      onSuccess: () => {
        onOpenChange(false);
        toast.success(`“${field.label}” was deleted.`);
      },
      onError: (error) => toast.error(error, `“${field.label}” could not be deleted`),
    });
  };

  return (
    <ConfirmDialog
      open={field !== null}
      onOpenChange={onOpenChange}
      title={field ? `Delete “${field.label}”?` : 'Delete field'}
      description="Users lose this field's value and its options are removed. The identity provider's data is not affected; registering the field again re-derives it."
      confirmLabel="Delete field"
      isPending={remove.isPending}
      onConfirm={confirm}
    />
  );
}
