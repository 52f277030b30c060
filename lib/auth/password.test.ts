import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('console password hashing', () => {
  it('stores scrypt parameters, a salt and a key, never the password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(hash).not.toContain('correct horse battery');
  });

  it('salts every hash, so one password gives different hashes', async () => {
    const [first, second] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(first).not.toBe(second);
    expect(await verifyPassword('same password!', first)).toBe(true);
    expect(await verifyPassword('same password!', second)).toBe(true);
  });

  it.each([
    ['a wrong password', 'Correct horse battery'],
    ['an empty password', ''],
    ['the password with a trailing space', 'correct horse battery '],
  ])('refuses %s', async (_, attempt) => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword(attempt, hash)).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['missing parts', 'scrypt$131072$8$1$c2FsdA'],
    ['non-numeric cost', 'scrypt$lots$8$1$c2FsdA$a2V5'],
    ['a cost scrypt refuses', 'scrypt$3$8$1$c2FsdA$a2V5'],
  ])('never matches a malformed hash (%s)', async (_, stored) => {
    expect(await verifyPassword('anything at all', stored)).toBe(false);
  });
});
