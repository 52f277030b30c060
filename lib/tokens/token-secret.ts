import { displayPrefixOf, generateSecret, hashSecret, isWellFormedSecret } from '@/lib/secrets/bearer-secret';

/** Makes a SCIM token recognisable to people and to secret scanners. */
export const TOKEN_SECRET_PREFIX = 'roster_';

/** A new secret: the prefix and 256 random bits, base64url. */
export function generateTokenSecret(): string {
  return generateSecret(TOKEN_SECRET_PREFIX);
}

export const hashTokenSecret = hashSecret;

/** The first characters, enough for an owner to tell tokens apart and far too few to guess the rest. */
export function displayPrefix(secret: string): string {
  return displayPrefixOf(secret, TOKEN_SECRET_PREFIX);
}

export function isWellFormedTokenSecret(text: string): boolean {
  return isWellFormedSecret(text, TOKEN_SECRET_PREFIX);
}
