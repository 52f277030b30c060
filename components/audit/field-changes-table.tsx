import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@/components/ui/table';
import type { FieldChangeDto } from '@/lib/contracts/audit';
import { formatAuditValue } from './format-audit-value';

/** The fields a write changed, old → new. */
export function FieldChangesTable({ changes }: { changes: FieldChangeDto[] }) {
  return (
    <Table aria-label="Changed fields">
      <TableHead>
        <tr>
          <TableHeaderCell>Field</TableHeaderCell>
          <TableHeaderCell>Old value</TableHeaderCell>
          <TableHeaderCell>
            <span aria-hidden="true">→ </span>New value
          </TableHeaderCell>
        </tr>
      </TableHead>
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
