import type { Database } from '@/db/database';
import type { HealthNoticeDto, SyncHealthDto } from '@/lib/contracts/sync-health';
import { TOKEN_EXPIRY_WARNING_DAYS } from '@/lib/contracts/tokens';
import { getOverviewCounts } from '@/lib/overview/get-overview-counts';
import { getSettings } from '@/lib/settings/get-settings';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import { daysUntil } from './describe-time';
import { listFailureReasons } from './list-failure-reasons';
import { readSmellEvidence } from './read-smell-evidence';
import { readTrafficFacts } from './read-traffic-facts';
import { SMELL_RULES } from './smell-rules';
import { WINDOW_HOURS, type TrafficFacts } from './traffic-facts';
import { WARNING_RULES } from './warning-rules';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

function runRules(rules: ((facts: TrafficFacts) => HealthNoticeDto | null)[], facts: TrafficFacts): HealthNoticeDto[] {
  return rules
    .map((rule) => rule(facts))
    .filter((notice): notice is HealthNoticeDto => notice !== null)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * How provisioning is going, for the overview: traffic over the last day, what fails most, what is provisioned,
 * tokens about to expire, and the warnings and configuration smells that come before an Entra quarantine.
 */
export async function getSyncHealth(db: Database, now: Date): Promise<SyncHealthDto> {
  const since = new Date(now.getTime() - WINDOW_HOURS * HOUR_MS);
  const [settings, smellEvidence, failureReasons, counts] = await Promise.all([
    getSettings(db),
    readSmellEvidence(db, since),
    listFailureReasons(db, since),
    getOverviewCounts(db, now),
  ]);
  const evidence = { ...smellEvidence, unknownTokens: failureReasons.unknownTokens };
  const facts = await readTrafficFacts(db, { now, since, applicationDomain: settings.applicationDomain, evidence });
  const expiryLimit = now.getTime() + TOKEN_EXPIRY_WARNING_DAYS * DAY_MS;

  return {
    generatedAt: now.toISOString(),
    windowHours: WINDOW_HOURS,
    lastSuccessfulRequestAt: facts.lastSuccessAt?.toISOString() ?? null,
    lastRequestAt: facts.lastRequestAt?.toISOString() ?? null,
    requests: facts.requests,
    failures: facts.failures,
    failureReasons: failureReasons.shown,
    provisioned: { users: counts.users, activeUsers: counts.activeUsers, groups: counts.groups },
    expiringTokens: facts.activeTokens
      .filter((token) => token.expiresAt.getTime() <= expiryLimit)
      .map((token) => ({
        id: token.id,
        name: token.name,
        expiresAt: token.expiresAt.toISOString(),
        daysLeft: daysUntil(token.expiresAt, now),
        lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      })),
    warnings: runRules(WARNING_RULES, facts),
    smells: runRules(SMELL_RULES, facts),
  };
}
