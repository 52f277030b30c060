import { describe, expect, it } from 'vitest';
import { displayPrefix, generateTokenSecret, hashTokenSecret, isWellFormedTokenSecret } from './token-secret';

describe('token secrets', () => {
  it('carry the roster_ prefix and 256 random bits', () => {
    const secret = generateTokenSecret();
    expect(secret).toMatch(/^roster_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice('roster_'.length), 'base64url')).toHaveLength(32);
    expect(isWellFormedTokenSecret(secret)).toBe(true);
  });

  it('never repeat', () => {
    const secrets = new Set(Array.from({ length: 1000 }, generateTokenSecret));
    expect(secrets.size).toBe(1000);
  });

  it('hash to hex SHA-256 and show a 12-character prefix', () => {
    expect(hashTokenSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashTokenSecret('roster_abc')).not.toBe(hashTokenSecret('roster_abd'));
    expect(displayPrefix('roster_abcdefghij')).toBe('roster_abcde');
  });

  it.each(['', 'roster_', 'roster_short', `rst_${'a'.repeat(43)}`, `roster_${'a'.repeat(42)}!`, `roster_${'a'.repeat(44)}`])(
    'refuses %j as malformed',
    (text) => expect(isWellFormedTokenSecret(text)).toBe(false),
  );
});
