import { ScimError } from '../errors/scim-error';
import type { BearerCheck, ScimAuditOperation, TokenIdentity, TokenVerifier } from '../ports';
import type { ScimRequest } from './types';

/** Query parameters that would carry a credential; RFC 6750 §2.3 form is refused (tokens leak from URLs into logs). */
const TOKEN_PARAMETERS = new Set(['access_token', 'accesstoken', 'token', 'bearer', 'bearer_token', 'api_key', 'apikey', 'authorization', 'auth']);

export type Refusal = { error: ScimError; operation: ScimAuditOperation; reason: string; token?: TokenIdentity; isAlreadyAudited?: boolean; refusalCount?: number };

const REASONS: Record<Exclude<BearerCheck, { ok: true }>['reason'], string> = {
  missing: 'Send the token as "Authorization: Bearer <token>".',
  malformed: 'The Authorization header is not a Roster bearer token.',
  unknown: 'The bearer token is not known.',
  expired: 'The bearer token has expired; create a new one in the Roster console.',
  revoked: 'The bearer token was revoked; create a new one in the Roster console.',
  throttled: 'Too many refused attempts from this address; retry later.',
};

function unauthorized(detail: string, error?: 'invalid_request' | 'invalid_token'): ScimError {
  const challenge = error ? `Bearer realm="scim", error="${error}", error_description="${detail.replace(/"/g, "'")}"` : 'Bearer realm="scim"';
  return new ScimError(401, detail, undefined, { 'WWW-Authenticate': challenge });
}

/**
 * Checks the bearer token (RFC 6750 §2.1, §3): a token in the URL, a missing, malformed, unknown, expired or
 * revoked one is a 401 with a `WWW-Authenticate` challenge; an address with too many refusals gets 429.
 */
export async function authenticate(
  request: ScimRequest,
  verifier: TokenVerifier,
  { now, isConnectionTest }: { now: Date; isConnectionTest: boolean },
): Promise<TokenIdentity | Refusal> {
  for (const name of request.query.keys()) {
    if (TOKEN_PARAMETERS.has(name.toLowerCase())) {
      const reason = `A token in the URL (${name}) is refused: send it in the Authorization header.`;
      return { error: unauthorized(reason, 'invalid_request'), operation: 'auth.refused', reason };
    }
  }
  const check = await verifier.verify({
    authorization: request.headers.authorization,
    clientAddress: request.clientAddress,
    now,
    isConnectionTest,
  });
  if (check.ok) return check.token;

  const reason = REASONS[check.reason];
  if (check.reason === 'throttled') {
    const retryAfter = Math.max(1, Math.ceil(check.retryAfterSeconds ?? 60));
    return {
      error: new ScimError(429, reason, undefined, { 'Retry-After': String(retryAfter) }),
      operation: 'auth.throttled',
      reason,
      token: check.token,
      isAlreadyAudited: check.isAlreadyAudited,
      refusalCount: check.refusalCount,
    };
  }
  const error = unauthorized(reason, check.reason === 'missing' ? undefined : 'invalid_token');
  return { error, operation: 'auth.refused', reason, token: check.token };
}

export function isRefusal(value: TokenIdentity | Refusal): value is Refusal {
  return 'error' in value;
}
