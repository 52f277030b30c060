import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { auditEvents, onboardingSteps } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { getChecklist } from './get-checklist';
import { updateStep } from './update-step';

const NOW = new Date('2026-03-01T12:00:00Z');
const LATER = new Date('2026-03-02T08:00:00Z');
const manager: ConsoleActor = { id: 'c0ffee00-0000-4000-8000-000000000001', email: 'manager@example.com', name: 'Sam', role: 'success_manager' };
const owner: ConsoleActor = { id: 'c0ffee00-0000-4000-8000-000000000002', email: 'owner@example.com', name: 'Olivia', role: 'owner' };

let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(() => close());
beforeEach(async () => {
  await queryRows(db, sql`truncate audit_events, onboarding_steps`);
});

const audits = () => db.select().from(auditEvents).where(sql`${auditEvents.operation} = 'onboarding.update'`);
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('updateStep', () => {
  it('blocks a step with its reason, records who and when, and audits the change', async () => {
    const step = await updateStep(db, 'saml_configuration_document', { state: 'blocked', blockedReason: 'Waiting for the signed document' }, manager, NOW);

    expect(step).toMatchObject({
      key: 'saml_configuration_document',
      state: 'blocked',
      blockedReason: 'Waiting for the signed document',
      changedBy: 'manager@example.com',
      changedAt: NOW.toISOString(),
      check: null,
    });
    const [event] = await audits();
    expect(event).toMatchObject({
      outcome: 'success',
      actorType: 'console',
      actorId: manager.id,
      actorName: 'manager@example.com',
      resourceType: 'OnboardingStep',
      resourceId: 'saml_configuration_document',
      resourceName: 'SAML configuration document completed',
    });
    expect(event.changes).toEqual(
      expect.arrayContaining([
        { field: 'state', old: 'open', new: 'blocked' },
        { field: 'blockedReason', old: null, new: 'Waiting for the signed document' },
      ]),
    );
    const shown = (await getChecklist(db, LATER)).phases[0].steps[1];
    expect(shown).toMatchObject({ state: 'blocked', changedBy: 'manager@example.com', blockedReason: 'Waiting for the signed document' });
  });

  it('clears the reason when a blocked step moves on, and keeps the note when only the state changes', async () => {
    await updateStep(db, 'scim_module_activated', { state: 'blocked', blockedReason: 'Contract pending', note: 'Ask sales' }, owner, NOW);
    const step = await updateStep(db, 'scim_module_activated', { state: 'done' }, owner, LATER);

    expect(step).toMatchObject({ state: 'done', blockedReason: null, note: 'Ask sales', changedAt: LATER.toISOString() });
    const [row] = await db.select().from(onboardingSteps);
    expect(row.blockedReason).toBeNull();
  });

  it('changes only the note when no state is sent', async () => {
    await updateStep(db, 'saml_integration', { state: 'in_progress' }, owner, NOW);
    const step = await updateStep(db, 'saml_integration', { note: 'Test tenant first' }, manager, LATER);
    expect(step).toMatchObject({ state: 'in_progress', note: 'Test tenant first', changedBy: 'manager@example.com' });
    expect(await audits()).toHaveLength(2);
  });

  it('writes and audits nothing when nothing changes', async () => {
    await updateStep(db, 'saml_integration', { state: 'open', note: '' }, owner, NOW);
    expect(await db.select().from(onboardingSteps)).toHaveLength(0);
    expect(await audits()).toHaveLength(0);
  });

  it.each([
    ['a derived step', 'token_configuration', { state: 'done' as const }, 'invalid_input', /checked by Roster from the data/],
    ['an unknown step', 'coffee_break', { state: 'done' as const }, 'not_found', /no onboarding step "coffee_break"/],
    ['blocked without a reason', 'saml_integration', { state: 'blocked' as const }, 'invalid_input', /Say what blocks the step/],
  ])('refuses %s as %s and changes nothing', async (_case, key, body, kind, message) => {
    const error = await refusal(updateStep(db, key, body, owner, NOW));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe(kind);
    expect((error as DomainError).message).toMatch(message);
    expect(await db.select().from(onboardingSteps)).toHaveLength(0);
    expect(await audits()).toHaveLength(0);
  });
});
