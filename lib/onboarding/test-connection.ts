import type { Database } from '@/db/database';
import type { ConnectionResult, ConnectionTestDto } from '@/lib/contracts/connection-test';
import { SCIM_MEDIA_TYPE } from '@/lib/scim';
import { classifyTokenSecret } from './classify-token-secret';
import { CONNECTION_TEST_HEADER, signConnectionTest } from './connection-test-signature';

const TIMEOUT_MS = 10_000;
const ENDPOINT = '/scim/v2/ServiceProviderConfig';

const MESSAGES: Record<Exclude<ConnectionResult, 'throttled' | 'failed'>, string> = {
  works: 'The token works: Roster’s SCIM endpoint accepted it. Enter it as the Secret Token and choose Test Connection in the identity provider.',
  expired: 'This token has expired. Create a new token (or rotate the old one), paste the new secret into the identity provider and test again.',
  revoked: 'This token was revoked in the console and no longer works. Create a new token, paste its secret into the identity provider and test again.',
  unknown: 'Roster does not know this token. Check that the whole secret was copied (it starts with roster_); if it is lost, create a new token.',
};

export type TestConnectionInput = {
  secret: string;
  /** This deployment's own origin, as the console request reached it. */
  origin: string;
  /** The console user's forwarded address, so refusals count against them and not against every caller. */
  forwardedFor: string | null;
  now: Date;
};

async function scimDetail(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { detail?: unknown };
    return typeof body.detail === 'string' ? body.detail : null;
  } catch {
    return null;
  }
}

/**
 * Calls this deployment's own ServiceProviderConfig with the pasted token, over HTTP as an identity provider
 * would (signed as the console's own test, so it never counts as IdP traffic), and says plainly whether the token works, is expired, revoked or unknown, or what else went wrong.
 */
export async function testConnection(db: Database, input: TestConnectionInput): Promise<ConnectionTestDto> {
  const checkedUrl = `${input.origin}${ENDPOINT}`;
  let response: Response;
  try {
    response = await fetch(checkedUrl, {
      headers: {
        authorization: `Bearer ${input.secret}`,
        accept: SCIM_MEDIA_TYPE,
        [CONNECTION_TEST_HEADER]: signConnectionTest(input.now),
        ...(input.forwardedFor ? { 'x-forwarded-for': input.forwardedFor } : {}),
      },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return {
      result: 'failed',
      status: null,
      checkedUrl,
      message: `Roster could not reach its own SCIM endpoint at ${checkedUrl}. Check that the server can open connections to this address.`,
    };
  }

  if (response.ok) return { result: 'works', status: response.status, checkedUrl, message: MESSAGES.works };
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after') ?? '60';
    return {
      result: 'throttled',
      status: 429,
      checkedUrl,
      message: `Too many refused tokens from your address: Roster blocks it for a while. Try again in ${retryAfter} seconds.`,
    };
  }
  if (response.status === 401) {
    const standing = await classifyTokenSecret(db, input.secret, input.now);
    if (standing !== 'usable') return { result: standing, status: 401, checkedUrl, message: MESSAGES[standing] };
  }
  const detail = await scimDetail(response);
  return {
    result: 'failed',
    status: response.status,
    checkedUrl,
    message: `Roster’s SCIM endpoint answered ${response.status}${detail ? `: ${detail}` : '.'}`,
  };
}
