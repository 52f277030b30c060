import { analyzeStaleTables } from '@/db/analyze-stale-tables';
import { getDb } from '@/db/client';
import { pruneAuditEvents } from '@/lib/audit/prune-audit-events';
import { issueSetupLink } from '@/lib/auth/issue-setup-link';
import { pruneChangeEvents } from '@/lib/events/prune-change-events';
import { consoleBaseUrl, getEnv } from '@/lib/env';
import { getSettings } from '@/lib/settings/get-settings';
import { LOGIN_THROTTLE } from '@/lib/auth/login-throttle';
import { pruneRefusalThrottle } from '@/lib/tokens/throttle-refusals';
import { deliverWebhooks } from '@/lib/webhooks/deliver-webhooks';
import { pruneWebhookDeliveries } from '@/lib/webhooks/prune-webhook-deliveries';
import { queueWebhookDeliveries } from '@/lib/webhooks/queue-webhook-deliveries';
import { scheduleRepeating } from './schedule-repeating';

/** How often the change feed is copied to webhook queues and due messages are sent. */
const WEBHOOK_TICK_MS = 2_000;
/**
 * How often tables that changed a lot get fresh planner statistics (tables of 10,000 rows or more at most once a
 * minute, db/analyze-stale-tables.ts). Each connection keeps the plan it made from the statistics of its first runs
 * until the next ANALYZE, and an initial sync grows the directory by a thousand users a second: a minute of plans made
 * on a few users was 60,000 users (docs/PERFORMANCE.md). The check itself is one small query.
 */
const PLANNER_STATISTICS_TICK_MS = 10_000;

function announceSetupLink(url: string, expiresAt: Date): void {
  const rule = '─'.repeat(Math.max(url.length + 4, 72));
  console.log(
    [
      '',
      rule,
      '  Roster has no owner yet. Open this one-time link to create the owner account:',
      '',
      `  ${url}`,
      '',
      `  It works once and expires at ${expiresAt.toISOString()} (restart Roster for a new one).`,
      rule,
      '',
    ].join('\n'),
  );
}

async function start(): Promise<void> {
  const env = getEnv();
  const db = await getDb();

  const link = await issueSetupLink(db, consoleBaseUrl(env), new Date());
  if (link) announceSetupLink(link.url, link.expiresAt);

  scheduleRepeating('audit pruning', async () => {
    await pruneAuditEvents(db, new Date(), (await getSettings(db)).auditRetentionDays);
  });
  scheduleRepeating('change feed and webhook log pruning', async () => {
    const { auditRetentionDays } = await getSettings(db);
    await pruneChangeEvents(db, new Date(), auditRetentionDays);
    await pruneWebhookDeliveries(db, new Date(), auditRetentionDays);
  });
  scheduleRepeating(
    'webhook delivery',
    async () => {
      await queueWebhookDeliveries(db);
      await deliverWebhooks(db, { allowPrivate: env.ROSTER_WEBHOOKS_ALLOW_PRIVATE });
    },
    WEBHOOK_TICK_MS,
  );
  scheduleRepeating('refusal throttle pruning', async () => {
    // The longest window of any throttle (sign-in's 15 minutes) keeps every counter that still counts.
    await pruneRefusalThrottle(db, new Date(), LOGIN_THROTTLE);
  });
  scheduleRepeating(
    'planner statistics',
    async () => {
      await analyzeStaleTables(db);
    },
    PLANNER_STATISTICS_TICK_MS,
  );
}

/**
 * Runs once when the server starts (instrumentation.ts): checks the environment, opens the database, which
 * applies migrations and serves embedded PGlite to the CLIs, prints the setup link while there is no owner, and
 * starts housekeeping: hourly, the audit log, the change feed and finished webhook deliveries pruned to the retention
 * setting and spent refusal counters dropped; every 10 s, planner statistics refreshed for tables that changed a lot;
 * every 2 s, new events queued for webhook endpoints and due messages sent (outside any request).
 * A server that cannot do this stops with the reason rather than answering every request with a 500.
 */
export async function startRoster(): Promise<void> {
  try {
    await start();
  } catch (error) {
    console.error(`Roster cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
