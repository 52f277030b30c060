import { describe, expect, it } from 'vitest';
import { API_KEY_PREFIX } from '@/lib/api-keys/api-key-secret';
import { TOKEN_SECRET_PREFIX } from '@/lib/tokens/token-secret';
import { displayPrefixOf, generateSecret, hashSecret, isWellFormedSecret, readBearerHeader } from './bearer-secret';

describe('bearer secrets', () => {
  it('keeps SCIM tokens and API keys apart: a secret of one kind is never well-formed as the other', () => {
    for (let i = 0; i < 200; i += 1) {
      const token = generateSecret(TOKEN_SECRET_PREFIX);
      const key = generateSecret(API_KEY_PREFIX);
      expect(isWellFormedSecret(token, TOKEN_SECRET_PREFIX) && !isWellFormedSecret(token, API_KEY_PREFIX)).toBe(true);
      expect(isWellFormedSecret(key, API_KEY_PREFIX) && !isWellFormedSecret(key, TOKEN_SECRET_PREFIX)).toBe(true);
    }
    // Even a token whose random part happens to start like a key's prefix is not a key.
    const lookalike = `${TOKEN_SECRET_PREFIX}key_${'A'.repeat(39)}`;
    expect(isWellFormedSecret(lookalike, TOKEN_SECRET_PREFIX)).toBe(true);
    expect(isWellFormedSecret(lookalike, API_KEY_PREFIX)).toBe(false);
  });

  it('stores a hash and shows the prefix plus five characters', () => {
    const key = generateSecret(API_KEY_PREFIX);
    expect(hashSecret(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(displayPrefixOf(key, API_KEY_PREFIX)).toBe(key.slice(0, API_KEY_PREFIX.length + 5));
  });

  it.each([
    [undefined, { kind: 'missing' }],
    ['  ', { kind: 'missing' }],
    ['Basic abc', { kind: 'malformed' }],
    [`Bearer ${TOKEN_SECRET_PREFIX}${'A'.repeat(43)}`, { kind: 'malformed' }],
    [`bearer  ${API_KEY_PREFIX}${'A'.repeat(43)} `, { kind: 'secret', secret: `${API_KEY_PREFIX}${'A'.repeat(43)}` }],
  ])('reads the Authorization header %j for an API key', (header, expected) => {
    expect(readBearerHeader(header, API_KEY_PREFIX)).toEqual(expected);
  });
});
