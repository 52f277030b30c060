'use client';

import { useQuery } from '@tanstack/react-query';
import { canOpenPage } from '@/components/layout/nav-items';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { ConsoleRole } from '@/lib/contracts/auth';
import { syncHealthQuery } from '@/lib/client/sync-health';
import { FailureReasons } from './failure-reasons';
import { HealthNotices } from './health-notices';
import { TrafficStats } from './traffic-stats';

/** The overview's sync-health section: traffic, failures, and what to fix before Entra quarantines the job. */
export function SyncHealthSection({ role }: { role: ConsoleRole }) {
  const health = useQuery(syncHealthQuery());
  const canOpen = (href: string) => canOpenPage(role, href);

  return (
    <section aria-labelledby="sync-health-heading" className="mt-8 space-y-4">
      <div>
        <h2 id="sync-health-heading" className="text-base font-semibold text-zinc-900">
          Sync health
        </h2>
        <p className="text-sm text-zinc-600">
          Read from the SCIM requests themselves, so problems show here before the identity provider gives up on the job.
        </p>
      </div>
      {health.isPending ? (
        <LoadingState rows={3} label="Loading sync health…" />
      ) : health.isError ? (
        <ErrorState error={health.error} onRetry={() => health.refetch()} />
      ) : (
        <>
          <TrafficStats health={health.data} />
          <HealthNotices title="Warnings" notices={health.data.warnings} canOpen={canOpen} />
          <HealthNotices title="Configuration smells" notices={health.data.smells} canOpen={canOpen} />
          {health.data.warnings.length === 0 && health.data.smells.length === 0 && health.data.requests > 0 ? (
            <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
              No warnings: the identity provider reaches Roster and its requests succeed.
            </p>
          ) : null}
          <FailureReasons reasons={health.data.failureReasons} windowHours={health.data.windowHours} />
        </>
      )}
    </section>
  );
}
