import type { Database } from '@/db/database';
import { SIGN_IN_BLOCKED, SIGN_IN_BUSY } from '@/lib/contracts/auth';
import { consoleBaseUrl } from '@/lib/env';
import { clientAddressOf } from '@/lib/http/client-address';
import { readRequestText } from '@/lib/http/read-request-body';
import { withHashSlot } from './hash-slots';
import { loginBlockedFor, loginThrottleKeys } from './login-throttle';

/** A sign-in form is two short fields; anything longer is refused before it is read whole. */
const SIGN_IN_BODY_LIMIT_BYTES = 16 * 1024;


function isCredentialsSignIn(request: Request): boolean {
  return request.method === 'POST' && new URL(request.url).pathname.endsWith('/callback/credentials');
}

/** next-auth's client reads `{ url }` and takes the error from its query, so a refusal is answered in that shape. */
function refusal(error: string, retryAfterSeconds: number): Response {
  const url = `${consoleBaseUrl()}/login?error=${error}`;
  return Response.json({ url }, { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } });
}

/**
 * In front of next-auth for credential sign-ins: the body is read with a byte limit, an address or account that is
 * blocked is answered 429 before any password is hashed, and the sign-in runs in one of the few hash slots (429 when
 * none is free). The check itself, its throttle counting and its audit event happen in `signIn` (lib/auth/sign-in.ts).
 */
export async function gateSignIn(db: Database, request: Request, handle: (request: Request) => Promise<Response>): Promise<Response> {
  if (!isCredentialsSignIn(request)) return handle(request);
  const body = await readRequestText(request, SIGN_IN_BODY_LIMIT_BYTES);
  const email = new URLSearchParams(body).get('email') ?? '';
  const retryAfter = await loginBlockedFor(db, loginThrottleKeys(email, clientAddressOf(request.headers)), new Date());
  if (retryAfter > 0) return refusal(SIGN_IN_BLOCKED, retryAfter);

  const replay = new Request(request.url, { method: 'POST', headers: request.headers, body });
  const result = await withHashSlot(() => handle(replay));
  return result.isBusy ? refusal(SIGN_IN_BUSY, 1) : result.value;
}
