import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { canOpenPage } from '@/components/layout/nav-items';
import { SyncHealthSection } from '@/components/sync-health/sync-health-section';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { getOverviewCounts } from '@/lib/overview/get-overview-counts';

export const metadata: Metadata = { title: 'Overview · Roster' };

function Stat({ label, value, detail, href }: { label: string; value: number; detail?: ReactNode; href?: string }) {
  const body = (
    <>
      <p className="text-sm text-zinc-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-zinc-900 tabular-nums">{value.toLocaleString('en')}</p>
      {detail ? <p className="mt-1 text-xs text-zinc-500">{detail}</p> : null}
    </>
  );
  const box = 'block rounded-lg border border-zinc-200 bg-white p-4';
  return href ? (
    <Link href={href} className={`${box} hover:border-zinc-300 focus-visible:outline-2 focus-visible:outline-blue-600`}>
      {body}
    </Link>
  ) : (
    <div className={box}>{body}</div>
  );
}

export default async function OverviewPage() {
  const actor = await requireRole(['owner', 'success_manager']);
  const counts = await getOverviewCounts(await getDb(), new Date());
  const linkFor = (href: string) => (canOpenPage(actor.role, href) ? href : undefined);

  return (
    <>
      <PageHeader
        title={`Welcome, ${actor.name || actor.email}`}
        description="What the identity provider has provisioned so far and whether it can reach Roster."
      />
      <section aria-label="Provisioning at a glance" className="grid gap-4 sm:grid-cols-3">
        <Stat
          label="Provisioned users"
          value={counts.users}
          detail={`${counts.activeUsers.toLocaleString('en')} active`}
          href={linkFor('/users')}
        />
        <Stat label="Groups" value={counts.groups} href={linkFor('/groups')} />
        <Stat
          label="Active SCIM tokens"
          value={counts.activeTokens}
          detail={counts.activeTokens === 0 ? 'The identity provider cannot connect until a token exists.' : undefined}
          href={linkFor('/tokens')}
        />
      </section>
      <SyncHealthSection role={actor.role} />
    </>
  );
}
