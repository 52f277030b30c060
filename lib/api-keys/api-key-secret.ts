import { displayPrefixOf, generateSecret } from '@/lib/secrets/bearer-secret';

/** Distinct from SCIM tokens' `roster_`: a key is never a well-formed token, nor a token a well-formed key. */
export const API_KEY_PREFIX = 'roster_key_';

/** How the name rules word their advice for a key. */
export const API_KEY_NAMING = { noun: 'API key', example: 'Billing backend' } as const;

export function generateApiKeySecret(): string {
  return generateSecret(API_KEY_PREFIX);
}

export function apiKeyDisplayPrefix(secret: string): string {
  return displayPrefixOf(secret, API_KEY_PREFIX);
}
