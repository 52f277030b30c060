'use client';

import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from '@/lib/client/format-date';
import type { AuditEventDto } from '@/lib/contracts/audit';
import { describeActor } from './describe-actor';
import { OutcomeBadge } from './outcome-badge';

export type AuditTableProps = {
  events: AuditEventDto[];
  /** Names the table for screen readers, e.g. "Audit log" or "History of alice@contoso.example". */
  caption: string;
};

/** Audit entries newest first; the time opens the entry, so every row is reachable with Tab. */
export function AuditTable({ events, caption }: AuditTableProps) {
  return (
    <Table aria-label={caption}>
      <TableHeader columns={['Time', 'Operation', 'Outcome', 'Actor', 'Resource', 'Request']} />
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} data-testid="audit-row">
            <TableCell className="whitespace-nowrap">
              <Link href={`/audit/${event.id}`} className={cn('font-medium text-blue-700 hover:underline', FOCUS_RING)}>
                {formatDateTime(event.occurredAt)}
              </Link>
            </TableCell>
            <TableCell>
              <code className="font-mono text-xs">{event.operation}</code>
            </TableCell>
            <TableCell>
              <OutcomeBadge outcome={event.outcome} />
            </TableCell>
            <TableCell className="max-w-56 truncate" title={describeActor(event)}>
              {describeActor(event)}
            </TableCell>
            <TableCell className="max-w-64">
              {event.resourceType || event.resourceName ? (
                <>
                  <div className="truncate">{event.resourceName ?? event.resourceId ?? '—'}</div>
                  <div className="text-xs text-zinc-500">{event.resourceType}</div>
                </>
              ) : (
                <span className="text-zinc-400">—</span>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs whitespace-nowrap text-zinc-600">
              {event.method ? `${event.method} ${event.status ?? ''}` : '—'}
              {event.durationMs !== null ? <div className="text-zinc-400">{event.durationMs} ms</div> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
