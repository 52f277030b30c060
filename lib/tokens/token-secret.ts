import { createHash, randomBytes } from 'node:crypto';

/** Makes a Roster secret recognisable to people and to secret scanners. */
export const TOKEN_SECRET_PREFIX = 'roster_';
const SECRET_BYTES = 32;
const DISPLAY_PREFIX_LENGTH = 12;
const SECRET_PATTERN = /^roster_[A-Za-z0-9_-]{43}$/;

/** A new secret: the prefix and 256 random bits, base64url. */
export function generateTokenSecret(): string {
  return `${TOKEN_SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/** The only form in which a secret is stored (hex SHA-256; a high-entropy secret needs no slow hash). */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The first characters, enough for an owner to tell tokens apart and far too few to guess the rest. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

export function isWellFormedTokenSecret(text: string): boolean {
  return SECRET_PATTERN.test(text);
}
