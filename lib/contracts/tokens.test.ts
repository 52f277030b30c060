import { describe, expect, it } from 'vitest';
import {
  createTokenBodySchema,
  createTokenBodyWithinSchema,
  findExpiringSoleToken,
  resolveTokenExpiry,
  tokenExpiryProblem,
} from './tokens';
import { DAY_MS } from '@/lib/time/durations';

const NOW = new Date('2025-06-01T10:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

describe('token expiry within the configured maximum', () => {
  it.each([
    { expiry: { kind: 'days', days: 365 }, maxDays: 365, problem: null },
    { expiry: { kind: 'days', days: 366 }, maxDays: 365, problem: /at most 365 days \(until 2026-06-01\)/ },
    { expiry: { kind: 'date', date: '2026-06-01' }, maxDays: 365, problem: null },
    { expiry: { kind: 'date', date: '2026-06-02' }, maxDays: 365, problem: /at most 365 days/ },
    { expiry: { kind: 'date', date: '2025-05-31' }, maxDays: 365, problem: /must be in the future/ },
    { expiry: { kind: 'days', days: 90 }, maxDays: 30, problem: /at most 30 days/ },
  ] as const)('$expiry.kind $expiry with max $maxDays', ({ expiry, maxDays, problem }) => {
    const message = tokenExpiryProblem(resolveTokenExpiry(expiry, NOW), NOW, maxDays);
    if (problem === null) expect(message).toBeNull();
    else expect(message).toMatch(problem);
  });

  it('reports the over-maximum problem on the expiry field of the form schema', () => {
    const result = createTokenBodyWithinSchema(180, NOW).safeParse({ name: 'Entra', expiry: { kind: 'days', days: 365 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['expiry'], message: expect.stringMatching(/at most 180 days/) });
  });

  it.each([
    [{ name: '  ', expiry: { kind: 'days', days: 30 } }, 'name'],
    [{ name: 'Okta', expiry: { kind: 'days', days: 0 } }, 'expiry'],
    [{ name: 'Okta', expiry: { kind: 'date', date: '01/02/2026' } }, 'expiry'],
    [{ name: 'Okta', expiry: { kind: 'forever' } }, 'expiry'],
  ])('rejects %j at %s', (body, field) => {
    const result = createTokenBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(field);
  });
});

describe('findExpiringSoleToken', () => {
  const token = (id: string, expiresAt: Date, revokedAt: Date | null = null) => ({ id, name: id, expiresAt, revokedAt });

  it.each([
    { case: 'the only usable token expires in 10 days', tokens: [token('a', inDays(10))], expected: 'a' },
    { case: 'the only usable token expires in 20 days', tokens: [token('a', inDays(20))], expected: null },
    { case: 'a second token is usable', tokens: [token('a', inDays(10)), token('b', inDays(200))], expected: null },
    {
      case: 'the other token is revoked',
      tokens: [token('a', inDays(3)), token('b', inDays(200), inDays(-1))],
      expected: 'a',
    },
    { case: 'the other token has expired', tokens: [token('a', inDays(3)), token('b', inDays(-2))], expected: 'a' },
    { case: 'no usable token', tokens: [token('a', inDays(-1))], expected: null },
  ])('$case', ({ tokens, expected }) => {
    expect(findExpiringSoleToken(tokens, NOW).expiringToken?.id ?? null).toBe(expected);
  });

  it('counts the days left, rounding up', () => {
    expect(findExpiringSoleToken([token('a', inDays(9.2))], NOW).expiringToken?.daysLeft).toBe(10);
  });
});
