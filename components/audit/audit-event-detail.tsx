import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { formatDateTime } from '@/lib/client/format-date';
import type { AuditEventDto } from '@/lib/contracts/audit';
import { describeActor, resourceHref } from './describe-actor';
import { FieldChangesTable } from './field-changes-table';
import { OutcomeBadge } from './outcome-badge';

export type AuditEventDetailProps = {
  event: AuditEventDto;
  /** Success managers cannot open directory pages, so resources are not linked for them. */
  canOpenDirectory: boolean;
};

/** One audit entry: the request summary, the fields it changed (old → new) and its error. */
export function AuditEventDetail({ event, canOpenDirectory }: AuditEventDetailProps) {
  const href = canOpenDirectory ? resourceHref(event) : null;
  const resource = [event.resourceType, event.resourceName].filter(Boolean).join(' · ') || event.resourceId;
  const hasDetail = Object.keys(event.detail).length > 0;

  return (
    <div className="space-y-6">
      <Section title="Request summary">
        <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Item term="Time">{formatDateTime(event.occurredAt)}</Item>
          <Item term="Operation">
            <code className="font-mono text-xs">{event.operation}</code>
          </Item>
          <Item term="Outcome">
            <OutcomeBadge outcome={event.outcome} />
          </Item>
          <Item term="Actor">{describeActor(event)}</Item>
          <Item term="Token id">{event.tokenId ? <code className="font-mono text-xs">{event.tokenId}</code> : null}</Item>
          <Item term="Client address">{event.clientAddress}</Item>
          <Item term="Request">
            {event.method || event.path ? <code className="font-mono text-xs wrap-anywhere">{[event.method, event.path].filter(Boolean).join(' ')}</code> : null}
          </Item>
          <Item term="Status">{event.status}</Item>
          <Item term="Duration">{event.durationMs === null ? null : `${event.durationMs} ms`}</Item>
          <Item term="Resource">
            {href ? (
              <Link href={href} className={cn('text-blue-700 hover:underline', FOCUS_RING)}>
                {resource}
              </Link>
            ) : (
              resource
            )}
          </Item>
          <Item term="Resource id">{event.resourceId ? <code className="font-mono text-xs wrap-anywhere">{event.resourceId}</code> : null}</Item>
        </dl>
      </Section>

      {event.error ? (
        <Section title="Error">
          <p role="note" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm break-words text-red-800">
            {event.error}
          </p>
        </Section>
      ) : null}

      <Section title="Changed fields">
        {event.changes.length > 0 ? (
          <FieldChangesTable changes={event.changes} />
        ) : (
          <p className="text-sm text-zinc-600">This entry changed no fields.</p>
        )}
      </Section>

      {hasDetail ? (
        <Section title="Details">
          <pre className="overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-950 p-4 font-mono text-xs text-zinc-100">
            {JSON.stringify(event.detail, null, 2)}
          </pre>
        </Section>
      ) : null}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-sm font-semibold text-zinc-700">{title}</h2>
      {children}
    </section>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-zinc-500">{term}</dt>
      <dd className="mt-0.5 text-zinc-900">{children ?? <span className="text-zinc-400">—</span>}</dd>
    </div>
  );
}
