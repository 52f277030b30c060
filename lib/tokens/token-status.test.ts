import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/time/durations';
import { tokenStatus } from './token-status';

const now = new Date('2030-06-01T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('tokenStatus', () => {
  it.each([
    ['active with more than 14 days left', { expiresAt: at(15), revokedAt: null }, 'active'],
    ['expiring soon with exactly 14 days left', { expiresAt: at(14), revokedAt: null }, 'expiring_soon'],
    ['expiring soon with an hour left', { expiresAt: at(1 / 24), revokedAt: null }, 'expiring_soon'],
    ['expired at its expiry instant', { expiresAt: now, revokedAt: null }, 'expired'],
    ['revoked before its expiry', { expiresAt: at(100), revokedAt: at(-1) }, 'revoked'],
    ['revoked even after it expired', { expiresAt: at(-5), revokedAt: at(-1) }, 'revoked'],
  ] as const)('%s', (_name, token, status) => expect(tokenStatus(token, now)).toBe(status));
});
