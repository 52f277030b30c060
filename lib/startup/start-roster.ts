import { getDb } from '@/db/client';
import { issueSetupLink } from '@/lib/auth/issue-setup-link';
import { consoleBaseUrl, getEnv } from '@/lib/env';

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

/**
 * Runs once when the server starts (instrumentation.ts): checks the environment, opens the database, which
 * applies migrations and serves embedded PGlite to the CLIs, and prints the setup link while there is no owner.
 */
export async function startRoster(): Promise<void> {
  const env = getEnv();
  const db = await getDb();

  const link = await issueSetupLink(db, consoleBaseUrl(env), new Date());
  if (link) announceSetupLink(link.url, link.expiresAt);
}
