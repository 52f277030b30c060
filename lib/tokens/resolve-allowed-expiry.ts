import type { Database } from '@/db/database';
import { resolveTokenExpiry, tokenExpiryProblem, type TokenExpiry } from '@/lib/contracts/tokens';
import { ApiError } from '@/lib/http/api-error';
import { toSentence } from '@/lib/http/describe-zod-error';
import { getSettings } from '@/lib/settings/get-settings';

/** The instant a console-chosen expiry means, or a 400 when it is past or beyond the configured maximum (tokens and API keys alike). */
export async function resolveAllowedExpiry(db: Database, expiry: TokenExpiry, now: Date): Promise<Date> {
  const { tokenExpiryMaxDays } = await getSettings(db);
  const expiresAt = resolveTokenExpiry(expiry, now);
  const problem = tokenExpiryProblem(expiresAt, now, tokenExpiryMaxDays);
  if (problem) throw ApiError.about('expiry', 'bad_request', toSentence(problem));
  return expiresAt;
}
