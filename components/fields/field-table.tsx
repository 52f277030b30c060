'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ACTIONS_COLUMN, Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { FIELD_TYPE_LABELS, type AppFieldDto } from '@/lib/contracts/fields';
import { RederiveProgress } from './rederive-progress';

export type FieldTableProps = {
  fields: AppFieldDto[];
  onEdit: (field: AppFieldDto) => void;
  onShowOptions: (field: AppFieldDto) => void;
  onDelete: (field: AppFieldDto) => void;
};

export function FieldTable({ fields, onEdit, onShowOptions, onDelete }: FieldTableProps) {
  return (
    <Table aria-label="Application fields">
      <TableHeader columns={['Label', 'Machine name', 'Type', 'SCIM source path', 'SAML claim URI', ACTIONS_COLUMN]} />
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field.id} data-testid={`field-row-${field.machineName}`}>
            <TableCell>
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
                <span className="whitespace-nowrap">{field.label}</span>
                {field.isBuiltin ? <Badge>Built-in</Badge> : null}
              </div>
              <RederiveProgress fieldId={field.id} />
            </TableCell>
            <TableCell>
              <code className="font-mono text-xs">{field.machineName}</code>
            </TableCell>
            <TableCell>{FIELD_TYPE_LABELS[field.type]}</TableCell>
            <TableCell>
              <code className="font-mono text-xs break-all">{field.scimPath}</code>
            </TableCell>
            <TableCell>
              {field.samlClaim ? (
                <code className="font-mono text-xs break-all">{field.samlClaim}</code>
              ) : (
                <span className="text-zinc-400">—</span>
              )}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap">
              <div className="flex justify-end gap-1.5">
                {field.type === 'list' ? (
                  <Button size="sm" variant="ghost" onClick={() => onShowOptions(field)} aria-label={`Options of ${field.label}`}>
                    Options
                  </Button>
                ) : null}
                <Button size="sm" onClick={() => onEdit(field)} aria-label={`Edit mapping of ${field.label}`}>
                  Edit
                </Button>
                {field.isBuiltin ? null : (
                  <Button size="sm" variant="danger" onClick={() => onDelete(field)} aria-label={`Delete ${field.label}`}>
                    Delete
                  </Button>
                )}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
