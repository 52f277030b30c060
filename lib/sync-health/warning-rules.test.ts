import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/time/durations';
import { checkFailureRate, checkSilence, checkTokenExpiry } from './warning-rules';
import { NO_EVIDENCE, type TokenFact, type TrafficFacts } from './traffic-facts';

const NOW = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

const quiet: TrafficFacts = {
  now: NOW,
  applicationDomain: 'acme.example.com',
  firstSuccessAt: null,
  lastSuccessAt: null,
  lastRequestAt: null,
  requests: 0,
  failures: 0,
  activeTokens: [],
  evidence: NO_EVIDENCE,
};
const facts = (patch: Partial<TrafficFacts>): TrafficFacts => ({ ...quiet, ...patch });
const token = (name: string, days: number, patch: Partial<TokenFact> = {}): TokenFact => ({
  id: name,
  name,
  createdAt: inDays(-30),
  expiresAt: inDays(days),
  lastUsedAt: null,
  isSuperseded: false,
  ...patch,
});
const started = { firstSuccessAt: minutesAgo(600), lastSuccessAt: minutesAgo(5), lastRequestAt: minutesAgo(5) };

describe('checkFailureRate', () => {
  it.each([
    ['no traffic', 0, 0, null],
    ['too few requests to judge', 4, 4, null],
    ['a few failures among many', 100, 9, null],
    ['10% failing', 100, 10, 'warning'],
    ['half failing', 50, 25, 'critical'],
    ['everything failing', 6, 6, 'critical'],
  ] as const)('%s → %s', (_case, requests, failures, severity) => {
    const notice = checkFailureRate(facts({ requests, failures }));
    expect(notice?.severity ?? null).toBe(severity);
    if (notice) {
      expect(notice.evidence).toContain(`${failures} of ${requests} requests failed in the last 24 hours`);
      expect(notice.fix).toMatch(/quarantines/);
      expect(notice.link?.href).toMatch(/^\/audit\?outcome=failure&from=2026-02-28T12%3A00%3A00.000Z$/);
    }
  });
});

describe('checkSilence', () => {
  it.each([
    ['provisioning never started', { lastRequestAt: minutesAgo(600) }, null],
    ['last request 39 minutes ago', { ...started, lastRequestAt: minutesAgo(39) }, null],
    ['last request exactly one cycle ago', { ...started, lastRequestAt: minutesAgo(40) }, null],
    ['last request 41 minutes ago', { ...started, lastRequestAt: minutesAgo(41) }, 'warning'],
    ['silent for two days', { ...started, lastRequestAt: minutesAgo(2 * 24 * 60) }, 'critical'],
  ] as const)('%s → %s', (_case, patch, severity) => {
    expect(checkSilence(facts(patch))?.severity ?? null).toBe(severity);
  });

  it('says how long and when, and that Entra cycles every 40 minutes', () => {
    const notice = checkSilence(facts({ ...started, lastRequestAt: minutesAgo(125) }))!;
    expect(notice.title).toBe('No request from the identity provider for 2 hours 5 minutes');
    expect(notice.evidence).toContain('2026-03-01 09:55 UTC');
    expect(notice.evidence).toContain('every 40 minutes');
  });
});

describe('checkTokenExpiry', () => {
  it.each([
    ['no token before provisioning started', {}, null, null],
    ['no token after provisioning started', { ...started }, 'critical', 'No valid token'],
    ['one unused token lasting 90 days', { activeTokens: [token('Entra', 90)] }, null, null],
    ['one unused token expiring in 10 days', { activeTokens: [token('Entra', 10)] }, 'warning', 'Token "Entra" expires in 10 days'],
    ['an unused test token expiring tomorrow beside a long one', { activeTokens: [token('Test', 1), token('Entra', 90)] }, null, null],
    [
      'the token in use expires in 2 days though a long one exists',
      { activeTokens: [token('Old', 2, { lastUsedAt: minutesAgo(3) }), token('Spare', 200)] },
      'critical',
      'Token "Old" expires in 2 days',
    ],
    [
      'the token in use lasts, a spare one expires soon',
      { activeTokens: [token('Used', 200, { lastUsedAt: minutesAgo(3) }), token('Spare', 5)] },
      null,
      null,
    ],
    [
      'a rotated-out token still in use',
      { activeTokens: [token('Old', 6, { lastUsedAt: minutesAgo(3), isSuperseded: true }), token('New', 180)] },
      'warning',
      'Token "Old" expires in 6 days',
    ],
  ] as const)('%s → %s', (_case, patch, severity, title) => {
    const notice = checkTokenExpiry(facts(patch as Partial<TrafficFacts>));
    expect(notice?.severity ?? null).toBe(severity);
    if (title) expect(notice?.title).toContain(title);
  });

  it('tells a rotated-out token’s user to paste the newer secret, and anyone else to rotate', () => {
    const rotated = checkTokenExpiry(facts({ activeTokens: [token('Old', 6, { lastUsedAt: NOW, isSuperseded: true }), token('New', 180)] }));
    const sole = checkTokenExpiry(facts({ activeTokens: [token('Only', 6, { lastUsedAt: NOW })] }));
    expect(rotated?.fix).toMatch(/newer token already replaces it/);
    expect(sole?.fix).toMatch(/^Rotate the token/);
  });
});
