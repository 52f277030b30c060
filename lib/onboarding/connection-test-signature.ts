import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/auth-secret';

/** The header the console's Test connection sends with its SCIM request. */
export const CONNECTION_TEST_HEADER = 'x-roster-connection-test';

/** Long enough for a slow loopback call, short enough that a captured value is soon useless. */
const VALID_FOR_MS = 60_000;

function sign(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`roster-connection-test:${issuedAt}`).digest('base64url');
}

/** `<issued at>.<HMAC>` under the console's session key: only this deployment can mark a request as its own test. */
export function signConnectionTest(now: Date, secret = getAuthSecret()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(issuedAt, secret)}`;
}

/**
 * True only for a fresh value signed by signConnectionTest, so that an identity provider (or anyone) cannot hide
 * its requests from the traffic figures by sending the header.
 */
export function isSignedConnectionTest(value: string | null | undefined, now: Date, secret?: string): boolean {
  // Checked before the secret is read: nearly every SCIM request carries no such header.
  if (!value) return false;
  const [issuedText, signature = ''] = value.split('.', 2);
  const issuedAt = Number(issuedText);
  if (!Number.isSafeInteger(issuedAt) || Math.abs(now.getTime() - issuedAt) > VALID_FOR_MS) return false;
  const expected = Buffer.from(sign(issuedAt, secret ?? getAuthSecret()));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
