'use client';

import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui/badge';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { fieldOptionsQuery } from '@/lib/client/fields';
import { formatDateTime } from '@/lib/client/format-date';
import type { AppFieldDto } from '@/lib/contracts/fields';

export function FieldOptionsDialog({ field, onOpenChange }: { field: AppFieldDto | null; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={field !== null} onOpenChange={onOpenChange}>
      {field ? (
        <DialogContent
          title={`Options of “${field.label}”`}
          description="Values are matched without regard to case; a value the identity provider sends for the first time is added here."
          className="w-[min(40rem,calc(100vw-2rem))]"
        >
          <OptionList fieldId={field.id} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function OptionList({ fieldId }: { fieldId: string }) {
  const query = useQuery(fieldOptionsQuery(fieldId));

  if (query.isPending) return <LoadingState rows={3} label="Loading options…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.options.length === 0) {
    return <EmptyState title="No options yet" description="Options appear as users with a value are provisioned." />;
  }

  return (
    <Table aria-label="Options">
      <TableHeader columns={['Value', 'Origin', 'Added']} />
      <TableBody>
        {query.data.options.map((option) => (
          <TableRow key={option.id}>
            <TableCell>{option.value}</TableCell>
            <TableCell>
              {option.origin === 'idp' ? <Badge tone="info">Added by IdP</Badge> : <Badge>Owner</Badge>}
            </TableCell>
            <TableCell>{formatDateTime(option.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
