import type { Database } from '@/db/database';
import { tokenExpiryProblem } from '@/lib/contracts/tokens';
import { DomainError } from '@/lib/errors/domain-error';
import { toSentence } from '@/lib/errors/describe-zod-error';
import { getSettings } from '@/lib/settings/get-settings';

/**
 * Refuses an expiry that is invalid, past, or beyond the configured maximum (tokens and API keys alike). Checked by
 * the services that create credentials, so the console, the CLIs and anything else get the same rule.
 */
export async function assertAllowedExpiry(db: Database, expiresAt: Date, now: Date): Promise<void> {
  const { tokenExpiryMaxDays } = await getSettings(db);
  const problem = tokenExpiryProblem(expiresAt, now, tokenExpiryMaxDays);
  if (problem) throw DomainError.about('expiry', 'invalid_input', toSentence(problem));
}
