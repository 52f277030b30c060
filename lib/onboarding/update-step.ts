import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { onboardingSteps } from '@/db/schema';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import type { OnboardingStepDto, UpdateStepBody } from '@/lib/contracts/onboarding';
import { DomainError } from '@/lib/errors/domain-error';
import { presentManualStep, type StoredStep } from './present-step';
import { findStep } from '@/lib/contracts/onboarding-steps';

/**
 * Changes a manual step's state and/or note, records who did it and when, and audits the change as
 * `onboarding.update` in the same transaction. Derived steps follow the data and are refused.
 */
export async function updateStep(
  db: Database,
  key: string,
  body: UpdateStepBody,
  actor: ConsoleActor,
  now: Date,
): Promise<OnboardingStepDto> {
  const definition = findStep(key);
  if (!definition) throw new DomainError('not_found', `There is no onboarding step "${key}".`);
  if (definition.isDerived) {
    throw new DomainError(
      'invalid_input',
      `"${definition.title}" is checked by Roster from the data and cannot be set by hand; fix what it reports instead.`,
    );
  }
  if (body.state === 'blocked' && !body.blockedReason) {
    throw DomainError.about('blockedReason', 'invalid_input', 'Say what blocks the step.');
  }

  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(onboardingSteps).where(eq(onboardingSteps.key, key)).for('update');
    const before = { state: current?.state ?? 'open', note: current?.note ?? '', blockedReason: current?.blockedReason ?? null };
    const state = body.state ?? before.state;
    const after = {
      state,
      note: body.note ?? before.note,
      blockedReason: state === 'blocked' ? (body.blockedReason ?? before.blockedReason) : null,
    };
    const changes = diffFields(before, after);
    if (changes.length === 0) return presentManualStep(definition, current as StoredStep | undefined);

    const values = { ...after, changedBy: actor.email, changedAt: now };
    const [saved] = await tx
      .insert(onboardingSteps)
      .values({ key, ...values })
      .onConflictDoUpdate({ target: onboardingSteps.key, set: values })
      .returning();

    await recordAuditEvent(tx, {
      operation: 'onboarding.update',
      outcome: 'success',
      actor: { type: 'console', id: actor.id, name: actor.email },
      resourceType: 'OnboardingStep',
      resourceId: key,
      resourceName: definition.title,
      changes,
      occurredAt: now,
    });
    return presentManualStep(definition, saved);
  });
}
