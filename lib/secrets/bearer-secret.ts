import { createHash, randomBytes } from 'node:crypto';

/**
 * What SCIM tokens and application API keys share: a recognisable prefix and 256 random bits, stored only as a
 * hash, with a few characters kept for display. Each kind has its own prefix, and a secret of one kind is never
 * well-formed as the other, so neither can even reach the other's lookup.
 */
const SECRET_BYTES = 32;
const RANDOM_PART = /^[A-Za-z0-9_-]{43}$/;
/** Random characters shown after the prefix: enough to tell secrets apart, far too few to guess the rest. */
const DISPLAY_RANDOM_CHARS = 5;

export function generateSecret(prefix: string): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/** The only form in which a secret is stored (hex SHA-256; a high-entropy secret needs no slow hash). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function displayPrefixOf(secret: string, prefix: string): string {
  return secret.slice(0, prefix.length + DISPLAY_RANDOM_CHARS);
}

export function isWellFormedSecret(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && RANDOM_PART.test(text.slice(prefix.length));
}

export type PresentedSecret = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'secret'; secret: string };

/** RFC 6750 §2.1: `Bearer <secret>`, the scheme case-insensitive; the secret must be of the expected kind. */
export function readBearerHeader(authorization: string | null | undefined, prefix: string): PresentedSecret {
  if (authorization === undefined || authorization === null || authorization.trim() === '') return { kind: 'missing' };
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match || !isWellFormedSecret(match[1], prefix)) return { kind: 'malformed' };
  return { kind: 'secret', secret: match[1] };
}
