import { describe, expect, it } from 'vitest';
import { deriveSystemSteps, SYSTEM_STEP_RULES, type SystemFacts } from './derive-system-steps';
import { ONBOARDING_STEPS } from '@/lib/contracts/onboarding-steps';
import { DAY_MS } from '@/lib/time/durations';

const NOW = new Date('2026-03-01T12:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

const fresh: SystemFacts = {
  now: NOW,
  activeTokens: [],
  groupsReceived: 0,
  unmappedGroupNames: [],
  unmappedGroupCount: 0,
  lastGroupMappedAt: null,
  firstSuccessfulRequestAt: null,
  firstUserProvisionedAt: null,
  usersProvisioned: 0,
  userConfigurationSavedAt: null,
};
const facts = (patch: Partial<SystemFacts>): SystemFacts => ({ ...fresh, ...patch });
const token = (name: string, days: number, isSuperseded = false, lastUsedAt: Date | null = null) => ({
  name,
  createdAt: inDays(-days),
  expiresAt: inDays(days),
  lastUsedAt,
  isSuperseded,
});

describe('the catalogue and the rules', () => {
  it('has a rule for exactly the steps marked derived', () => {
    const derived = ONBOARDING_STEPS.filter((step) => step.isDerived).map((step) => step.key);
    expect(Object.keys(SYSTEM_STEP_RULES).sort()).toEqual([...derived].sort());
  });

  it('leaves every derived step open on a fresh deployment, each naming what it checked and where to fix it', () => {
    for (const check of Object.values(deriveSystemSteps(fresh))) {
      expect(check.isDone).toBe(false);
      expect(check.checked).not.toBe('');
      expect(check.fix.href).toMatch(/^\//);
    }
  });
});

describe('token_configuration', () => {
  const rule = SYSTEM_STEP_RULES.token_configuration;
  const used = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000);

  it.each([
    ['no token', [], false, /^No valid token/],
    ['one token expiring in 5 days', [token('Entra', 5)], false, /the longest, "Entra" expires in 5 days \(2026-03-06\)\.$/],
    ['one token expiring in exactly 14 days', [token('Entra', 14)], false, /"Entra" expires in 14 days/],
    ['one unused token lasting 90 days', [token('Entra', 90)], true, /^1 valid token; the longest, "Entra", lasts until 2026-05-30\.$/],
    ['an unused short test token beside a long one', [token('Long', 90), token('Test', 1)], true, /^2 valid tokens; the longest, "Long"/],
    [
      'the token in use expires tomorrow though a long one exists',
      [token('Long', 90), token('Used', 1, false, used(5))],
      false,
      /^Token "Used" expires in 1 day \(2026-03-02\), and the identity provider still uses it\.$/,
    ],
    [
      'the token in use lasts, an older short one was used before',
      [token('Old', 2, false, used(600)), token('New', 180, false, used(5))],
      true,
      /^2 valid tokens; the one in use, "New", lasts until 2026-08-28\.$/,
    ],
    [
      'a rotated-out token the identity provider still sends',
      [token('Old', 3, true, used(5)), token('New', 180)],
      false,
      /"Old" expires in 3 days .* still uses it/,
    ],
    ['a rotated-out token no longer used beside its successor', [token('Old', 3, true), token('New', 180, false, used(5))], true, /^1 valid token; the one in use, "New"/],
    ['only a rotated-out token', [token('Old', 3, true)], false, /^No valid token/],
  ])('%s → done %s', (_case, activeTokens, isDone, found) => {
    const check = rule(facts({ activeTokens }));
    expect(check.isDone).toBe(isDone);
    expect(check.found).toMatch(found);
    expect(check.fix.href).toBe('/tokens');
    // Ticked by Roster always with a date: the watched token's creation.
    if (isDone) expect(check.doneAt).toBeInstanceOf(Date);
    else expect(check.doneAt).toBeNull();
  });
});

describe('role_configuration', () => {
  const rule = SYSTEM_STEP_RULES.role_configuration;

  it.each([
    ['no group received', { groupsReceived: 0 }, false, /No group received/],
    ['two of three unmapped', { groupsReceived: 3, unmappedGroupCount: 2, unmappedGroupNames: ['Sales', 'HR'] }, false, /2 of 3 groups have no role: "Sales", "HR"\./],
    [
      'more unmapped than shown',
      { groupsReceived: 9, unmappedGroupCount: 7, unmappedGroupNames: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      false,
      /"e" and 2 more\./,
    ],
    ['every group mapped', { groupsReceived: 4, unmappedGroupCount: 0, lastGroupMappedAt: inDays(-2) }, true, /All 4 groups received are mapped/],
    ['the only group mapped', { groupsReceived: 1, unmappedGroupCount: 0, lastGroupMappedAt: inDays(-2) }, true, /^The one group received is mapped to a role\.$/],
  ])('%s → done %s', (_case, patch, isDone, found) => {
    const check = rule(facts(patch));
    expect(check.isDone).toBe(isDone);
    expect(check.doneAt).toEqual(isDone ? inDays(-2) : null);
    expect(check.found).toMatch(found);
    expect(check.fix.href).toBe('/roles');
  });
});

describe.each([
  ['scim_configured_in_idp', 'firstSuccessfulRequestAt', /No successful SCIM request/, /First successful request on 2026-02-20/, '/setup-guide'],
  ['first_synchronisation', 'firstUserProvisionedAt', /No user provisioned/, /First user provisioned on 2026-02-20; 0 users/, '/setup-guide#start-provisioning'],
  ['user_configuration', 'userConfigurationSavedAt', /never saved/, /Saved on 2026-02-20/, '/settings'],
] as const)('%s', (key, fact, openFound, doneFound, href) => {
  const rule = SYSTEM_STEP_RULES[key];
  const when = new Date('2026-02-20T08:30:00Z');

  it('is open until the fact exists', () => {
    const check = rule(fresh);
    expect(check).toMatchObject({ isDone: false, doneAt: null, fix: { href } });
    expect(check.found).toMatch(openFound);
  });

  it('is done from the moment the data shows it, with that time', () => {
    const check = rule(facts({ [fact]: when }));
    expect(check).toMatchObject({ isDone: true, doneAt: when });
    expect(check.found).toMatch(doneFound);
  });
});

it('first_synchronisation reports how many users are provisioned now', () => {
  const check = SYSTEM_STEP_RULES.first_synchronisation(facts({ firstUserProvisionedAt: NOW, usersProvisioned: 42 }));
  expect(check.found).toMatch(/42 users provisioned now/);
});
