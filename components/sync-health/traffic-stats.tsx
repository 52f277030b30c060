import { formatDateTime, formatRelative } from '@/lib/client/format-date';
import type { SyncHealthDto } from '@/lib/contracts/sync-health';

function Stat({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-4">
      <dt className="text-sm text-zinc-600">{label}</dt>
      <dd data-testid={testId} className="mt-1 text-xl font-semibold text-zinc-900 tabular-nums">
        {value}
      </dd>
      {detail ? <dd className="mt-0.5 text-xs text-zinc-500">{detail}</dd> : null}
    </div>
  );
}

/** Last successful request, traffic and failures over the window, and tokens running out. */
export function TrafficStats({ health }: { health: SyncHealthDto }) {
  const rate = health.requests === 0 ? 0 : Math.round((health.failures / health.requests) * 100);
  const soonest = health.expiringTokens[0];
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label="Last successful request"
        testId="last-successful-request"
        value={health.lastSuccessfulRequestAt ? formatRelative(health.lastSuccessfulRequestAt) : 'None yet'}
        detail={health.lastSuccessfulRequestAt ? formatDateTime(health.lastSuccessfulRequestAt) : 'No SCIM request has succeeded yet.'}
      />
      <Stat label={`Requests, last ${health.windowHours} h`} testId="requests-24h" value={health.requests.toLocaleString('en')} />
      <Stat
        label={`Failures, last ${health.windowHours} h`}
        testId="failures-24h"
        value={health.failures.toLocaleString('en')}
        detail={health.requests > 0 ? `${rate}% of requests` : undefined}
      />
      <Stat
        label="Tokens expiring soon"
        testId="expiring-tokens"
        value={String(health.expiringTokens.length)}
        detail={soonest ? `“${soonest.name}” in ${soonest.daysLeft} ${soonest.daysLeft === 1 ? 'day' : 'days'}` : 'None within 14 days.'}
      />
    </dl>
  );
}
