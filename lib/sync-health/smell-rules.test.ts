import { describe, expect, it } from 'vitest';
import {
  checkEntraCompatibilityFlag,
  checkRefusedKnownToken,
  checkUnknownEndpoints,
  checkUnknownToken,
  checkUserConflicts,
} from './smell-rules';
import { NO_EVIDENCE, type SmellEvidence, type TrafficFacts } from './traffic-facts';

const NOW = new Date('2026-03-01T12:00:00Z');
const AT = new Date('2026-03-01T11:20:00Z');

const facts = (evidence: Partial<SmellEvidence>, applicationDomain: string | null = 'acme.example.com'): TrafficFacts => ({
  now: NOW,
  applicationDomain,
  firstSuccessAt: null,
  lastSuccessAt: null,
  lastRequestAt: null,
  requests: 0,
  failures: 0,
  activeTokens: [],
  evidence: { ...NO_EVIDENCE, ...evidence },
});

it('every smell stays silent on clean traffic', () => {
  for (const rule of [checkEntraCompatibilityFlag, checkRefusedKnownToken, checkUnknownToken, checkUnknownEndpoints, checkUserConflicts]) {
    expect(rule(facts({}))).toBeNull();
  }
});

describe('checkEntraCompatibilityFlag', () => {
  const legacy = { requests: 12, stringBooleans: 12, capitalisedOps: 9, memberRemovalByValue: 0, lastSeenAt: AT };

  it('names the forms seen and the tenant URL with the flag', () => {
    const notice = checkEntraCompatibilityFlag(facts({ legacyDialect: legacy }))!;
    expect(notice.severity).toBe('warning');
    expect(notice.evidence).toBe(
      '12 requests in the last 24 hours used Entra’s older SCIM form: booleans sent as strings ("active": "False") in 12, capitalised ops ("Replace") in 9; last at 2026-03-01 11:20 UTC.',
    );
    expect(notice.fix).toContain('https://acme.example.com/scim/v2?aadOptscim062020');
    expect(notice.fix).toMatch(/Provision on demand/);
  });

  it('shows a placeholder while the application domain is not set', () => {
    expect(checkEntraCompatibilityFlag(facts({ legacyDialect: legacy }, null))!.fix).toContain('https://{application domain}/scim/v2?aadOptscim062020');
  });

  it('mentions member removals by value when seen', () => {
    const notice = checkEntraCompatibilityFlag(facts({ legacyDialect: { ...legacy, stringBooleans: 0, capitalisedOps: 0, memberRemovalByValue: 2 } }))!;
    expect(notice.evidence).toContain('member removals with the members in "value" in 2');
  });
});

it('checkRefusedKnownToken names each refused token and how often', () => {
  const notice = checkRefusedKnownToken(
    facts({ refusedKnownTokens: [{ tokenName: 'Entra prod', count: 14, lastSeenAt: AT }, { tokenName: 'Old', count: 1, lastSeenAt: AT }] }),
  )!;
  expect(notice.severity).toBe('critical');
  expect(notice.evidence).toBe('"Entra prod" refused 14 times, last at 2026-03-01 11:20 UTC; "Old" refused 1 time, last at 2026-03-01 11:20 UTC (in the last 24 hours).');
  expect(notice.link?.href).toBe('/tokens');
});

it('checkUnknownToken points at the connection test', () => {
  const notice = checkUnknownToken(facts({ unknownTokens: { count: 3, lastSeenAt: AT } }))!;
  expect(notice.evidence).toBe('3 requests in the last 24 hours carried an unknown, malformed or missing token; last at 2026-03-01 11:20 UTC.');
  expect(notice.link?.href).toBe('/setup-guide#test-connection');
});

it('checkUnknownEndpoints shows an example path and the exact tenant URL', () => {
  const notice = checkUnknownEndpoints(facts({ unknownEndpoints: { count: 2, examplePath: '/scim/v2/scim/v2/Users', lastSeenAt: AT } }))!;
  expect(notice.evidence).toContain('for example /scim/v2/scim/v2/Users');
  expect(notice.fix).toContain('exactly https://acme.example.com/scim/v2:');
  expect(notice.link?.href).toMatch(/^\/audit\?outcome=failure&operation=request.invalid&from=/);
});

describe('checkUserConflicts', () => {
  it.each([
    [2, false],
    [3, true],
  ])('%i refused creations → smell %s', (count, isSmell) => {
    const notice = checkUserConflicts(facts({ userConflicts: { count, lastSeenAt: AT } }));
    expect(notice !== null).toBe(isSmell);
    if (notice) expect(notice.fix).toMatch(/matching attribute should be userName/);
  });
});
