'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DeleteFieldDialog } from '@/components/fields/delete-field-dialog';
import { EditFieldDialog, RegisterFieldDialog } from '@/components/fields/field-dialogs';
import { FieldOptionsDialog } from '@/components/fields/field-options-dialog';
import { FieldTable } from '@/components/fields/field-table';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { LoadingState } from '@/components/ui/loading-state';
import { FIELDS_CSV_URL, fieldListQuery } from '@/lib/client/fields';
import type { AppFieldDto } from '@/lib/contracts/fields';

export function AttributesPageClient() {
  const fields = useQuery(fieldListQuery());
  const [editing, setEditing] = useState<AppFieldDto | null>(null);
  const [showingOptions, setShowingOptions] = useState<AppFieldDto | null>(null);
  const [deleting, setDeleting] = useState<AppFieldDto | null>(null);

  return (
    <section aria-labelledby="fields-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="fields-heading" className="text-sm font-semibold text-zinc-700">
          Application fields
        </h2>
        <div className="flex gap-2">
          <a
            href={FIELDS_CSV_URL}
            download
            className={cn(
              'inline-flex h-9 items-center rounded-md border border-zinc-300 bg-white px-3.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50',
              FOCUS_RING,
            )}
          >
            Export CSV
          </a>
          <RegisterFieldDialog />
        </div>
      </div>

      {fields.isPending ? (
        <LoadingState rows={5} label="Loading fields…" />
      ) : fields.isError ? (
        <ErrorState error={fields.error} onRetry={() => fields.refetch()} />
      ) : fields.data.fields.length === 0 ? (
        <EmptyState title="No fields" description="Register a field to map an identity provider attribute." />
      ) : (
        <FieldTable fields={fields.data.fields} onEdit={setEditing} onShowOptions={setShowingOptions} onDelete={setDeleting} />
      )}

      <EditFieldDialog key={editing?.id ?? 'none'} field={editing} onOpenChange={(open) => !open && setEditing(null)} />
      <FieldOptionsDialog field={showingOptions} onOpenChange={(open) => !open && setShowingOptions(null)} />
      <DeleteFieldDialog field={deleting} onOpenChange={(open) => !open && setDeleting(null)} />
    </section>
  );
}
