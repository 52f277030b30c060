import Link from 'next/link';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatRelative } from '@/lib/client/format-date';
import type { FailureReasonDto } from '@/lib/contracts/sync-health';

/** The most frequent kinds of failed request, each opening its events in the audit log. */
export function FailureReasons({ reasons, windowHours }: { reasons: FailureReasonDto[]; windowHours: number }) {
  if (reasons.length === 0) return null;
  return (
    <section aria-label="Most frequent failure reasons" className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-800">Most frequent failures, last {windowHours} hours</h3>
      <Table>
        <TableHeader columns={['Request', 'Latest error', { label: 'Count', align: 'right' }, 'Last seen']} />
        <TableBody>
          {reasons.map((reason) => (
            <TableRow key={`${reason.operation}-${reason.status}-${reason.scimType}-${reason.subject}`}>
              <TableCell>
                <Link href={reason.auditHref} className="font-mono text-xs font-medium text-blue-700 hover:underline">
                  {reason.operation}
                </Link>
                <p className="text-xs text-zinc-500">
                  {reason.status ?? '—'}
                  {reason.scimType ? ` ${reason.scimType}` : ''}
                  {reason.subject ? ` · ${reason.subject}` : ''}
                </p>
              </TableCell>
              <TableCell className="max-w-md text-xs break-words">{reason.example ?? '—'}</TableCell>
              <TableCell className="text-right tabular-nums">{reason.count}</TableCell>
              <TableCell className="text-xs whitespace-nowrap">{formatRelative(reason.lastSeenAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
