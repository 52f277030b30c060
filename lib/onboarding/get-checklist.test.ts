import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { appRoles, groupRoleMappings, scimGroups, scimTokens, scimUsers, settings } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ChecklistDto, OnboardingStepDto } from '@/lib/contracts/onboarding';
import { createToken } from '@/lib/tokens/create-token';
import { DAY_MS } from '@/lib/time/durations';
import { getChecklist } from './get-checklist';

const NOW = new Date('2026-03-01T12:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const DERIVED = ['scim_configured_in_idp', 'user_configuration', 'role_configuration', 'token_configuration', 'first_synchronisation'];

let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(() => close());
beforeEach(async () => {
  await queryRows(db, sql`truncate audit_events, scim_tokens, group_role_mappings, app_roles, scim_groups, scim_users, settings, onboarding_steps cascade`);
});

const steps = (checklist: ChecklistDto) => new Map<string, OnboardingStepDto>(checklist.phases.flatMap((phase) => phase.steps).map((step) => [step.key, step]));
const token = (name: string, expiresAt: Date) => createToken(db, { name, expiresAt, createdBy: 'owner@example.com', now: inDays(-1) });

async function addGroup(displayName: string, isMapped: boolean) {
  const [group] = await db.insert(scimGroups).values({ id: randomUUID(), displayName, document: { displayName } }).returning();
  if (!isMapped) return;
  const [role] = await db.insert(appRoles).values({ name: `Role for ${displayName}` }).returning();
  await db.insert(groupRoleMappings).values({ roleId: role.id, groupId: group.id, groupDisplayName: displayName });
}

async function provision(userName: string, at: Date) {
  await db.insert(scimUsers).values({ id: randomUUID(), userName, document: { userName }, createdAt: at });
  await recordAuditEvent(db, {
    operation: 'user.create',
    outcome: 'success',
    actor: { type: 'token', id: randomUUID(), name: 'Entra' },
    method: 'POST',
    path: '/scim/v2/Users',
    status: 201,
    occurredAt: at,
  });
}

describe('getChecklist', () => {
  it('on a fresh deployment: every step open, in the catalogue’s phases, and no tenant URL', async () => {
    const checklist = await getChecklist(db, NOW);

    expect(checklist.phases.map((phase) => [phase.key, phase.steps.length])).toEqual([
      ['prerequisites', 2],
      ['integration', 2],
      ['configuration', 6],
      ['first_sync', 1],
    ]);
    expect(checklist.progress).toEqual({ done: 0, total: 11, percent: 0 });
    expect(checklist.tenantUrl).toBeNull();
    for (const step of steps(checklist).values()) {
      expect(step.state).toBe('open');
      expect(step.isDerived).toBe(DERIVED.includes(step.key));
      expect(step.check !== null).toBe(step.isDerived);
    }
    expect(checklist.summary).toMatch(/^SCIM onboarding: 0 of 11 steps done \(0%\)\. Next: /);
  });

  it('ticks every derived step from the data, naming Roster and when', async () => {
    await token('Entra production', inDays(180));
    await addGroup('Sales', true);
    const firstUserAt = new Date('2026-02-27T09:00:00Z');
    await provision('ada@example.com', firstUserAt);
    await db.insert(settings).values([
      { key: 'userConfigurationSavedAt', value: sql`${JSON.stringify('2026-02-20T10:00:00.000Z')}::jsonb` },
      { key: 'applicationDomain', value: sql`${JSON.stringify('acme.example.com')}::jsonb` },
    ]);

    const checklist = await getChecklist(db, NOW);
    const byKey = steps(checklist);

    // Every tick carries its date: the token's creation and the group's mapping too.
    for (const key of DERIVED) expect(byKey.get(key)).toMatchObject({ state: 'done', changedBy: 'Roster', changedAt: expect.any(String) });
    expect(byKey.get('token_configuration')?.changedAt).toBe(inDays(-1).toISOString());
    expect(byKey.get('first_synchronisation')?.changedAt).toBe(firstUserAt.toISOString());
    expect(byKey.get('scim_configured_in_idp')?.changedAt).toBe(firstUserAt.toISOString());
    expect(byKey.get('user_configuration')?.changedAt).toBe('2026-02-20T10:00:00.000Z');
    expect(byKey.get('first_synchronisation')?.check?.found).toMatch(/1 user provisioned now/);
    expect(checklist.progress).toEqual({ done: 5, total: 11, percent: 45 });
    expect(checklist.tenantUrl).toBe('https://acme.example.com/scim/v2');
    expect(checklist.summary).toMatch(/^SCIM onboarding for acme\.example\.com: 5 of 11 steps done \(45%\)\./);
  });

  it('keeps role configuration open while a received group has no role, and names it', async () => {
    await addGroup('Sales', true);
    await addGroup('Finance', false);
    const step = steps(await getChecklist(db, NOW)).get('role_configuration');
    expect(step).toMatchObject({ state: 'open', changedBy: null });
    expect(step?.check?.found).toBe('1 of 2 groups have no role: "Finance".');
  });

  it('keeps token configuration open for a token near expiry until a rotation replaces it', async () => {
    const { token: old } = await token('Entra', inDays(5));
    expect(steps(await getChecklist(db, NOW)).get('token_configuration')?.check?.found).toBe(
      'Every valid token expires within 14 days: the longest, "Entra" expires in 5 days (2026-03-06).',
    );

    const { token: successor } = await token('Entra (rotated)', inDays(180));
    await db.update(scimTokens).set({ rotatedFromId: old.id }).where(sql`${scimTokens.id} = ${successor.id}`);
    expect(steps(await getChecklist(db, NOW)).get('token_configuration')?.state).toBe('done');

    await db.update(scimTokens).set({ lastUsedAt: inDays(-0.01) }).where(sql`${scimTokens.id} = ${old.id}`);
    expect(steps(await getChecklist(db, NOW)).get('token_configuration')?.check?.found).toMatch(/"Entra" expires in 5 days .*still uses it/);
  });

  it('ignores revoked and expired tokens', async () => {
    const { token: revoked } = await token('Revoked', inDays(100));
    await db.update(scimTokens).set({ revokedAt: inDays(-0.5) }).where(sql`${scimTokens.id} = ${revoked.id}`);
    await db.insert(scimTokens).values({ name: 'Expired', prefix: 'roster_old', secretHash: 'x'.repeat(64), createdBy: 'cli', expiresAt: inDays(-1) });
    expect(steps(await getChecklist(db, NOW)).get('token_configuration')?.check?.found).toMatch(/^No valid token/);
  });
});
