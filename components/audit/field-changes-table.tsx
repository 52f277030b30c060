import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import type { FieldChangeDto } from '@/lib/contracts/audit';
import { formatAuditValue } from './format-audit-value';

/** The fields a write changed, old → new. */
const NEW_VALUE_HEADING = (
  <>
    <span aria-hidden="true">→ </span>New value
  </>
);

export function FieldChangesTable({ changes }: { changes: FieldChangeDto[] }) {
  return (
    <Table aria-label="Changed fields">
      <TableHeader columns={['Field', 'Old value', { label: NEW_VALUE_HEADING }]} />
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field}>
            <TableCell>
              <code className="font-mono text-xs">{change.field}</code>
            </TableCell>
            <TableCell className="font-mono text-xs wrap-anywhere text-red-800">{formatAuditValue(change.old)}</TableCell>
            <TableCell className="font-mono text-xs wrap-anywhere text-green-800">{formatAuditValue(change.new)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
