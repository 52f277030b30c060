import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import type { HealthNoticeDto, NoticeSeverity } from '@/lib/contracts/sync-health';

const SEVERITY: Record<NoticeSeverity, { label: string; tone: BadgeTone; border: string }> = {
  critical: { label: 'Act now', tone: 'danger', border: 'border-red-200' },
  warning: { label: 'Warning', tone: 'warning', border: 'border-amber-200' },
  info: { label: 'Note', tone: 'info', border: 'border-blue-200' },
};

export type HealthNoticesProps = {
  title: string;
  notices: HealthNoticeDto[];
  /** Whether a link may be shown: success managers only reach the audit log. */
  canOpen: (href: string) => boolean;
};

/** Warnings or configuration smells: what Roster saw and the fix in plain words. */
export function HealthNotices({ title, notices, canOpen }: HealthNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-800">{title}</h3>
      <ul className="space-y-2">
        {notices.map((notice) => {
          const severity = SEVERITY[notice.severity];
          return (
            <li key={notice.key} data-testid={`notice-${notice.key}`} className={cn('rounded-lg border bg-white px-4 py-3', severity.border)}>
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={severity.tone}>{severity.label}</Badge>
                <p className="text-sm font-semibold text-zinc-900">{notice.title}</p>
              </div>
              <p className="mt-1 text-sm text-zinc-700">{notice.evidence}</p>
              <p className="mt-1 text-sm text-zinc-800">
                <span className="font-medium">Fix: </span>
                {notice.fix}
                {notice.link && canOpen(notice.link.href) ? (
                  <>
                    {' '}
                    <Link href={notice.link.href} className="font-medium text-blue-700 hover:underline">
                      {notice.link.label}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
