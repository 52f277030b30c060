import type { OnboardingStepDto, StepState } from '@/lib/contracts/onboarding';
import type { DerivedCheck } from './derive-system-steps';
import type { StepDefinition } from '@/lib/contracts/onboarding-steps';

/** The stored state of a manual step (a row of `onboarding_steps`), absent until someone first changes it. */
export type StoredStep = {
  state: StepState;
  note: string;
  blockedReason: string | null;
  changedBy: string | null;
  changedAt: Date | null;
};

/** Who a derived step names as having ticked it. */
export const SYSTEM_ACTOR = 'Roster';

export function presentManualStep(definition: StepDefinition, stored: StoredStep | undefined): OnboardingStepDto {
  return {
    ...describe(definition),
    state: stored?.state ?? 'open',
    note: stored?.note ?? '',
    blockedReason: stored?.state === 'blocked' ? stored.blockedReason : null,
    changedBy: stored?.changedBy ?? null,
    changedAt: stored?.changedAt?.toISOString() ?? null,
    check: null,
  };
}

export function presentDerivedStep(definition: StepDefinition, check: DerivedCheck): OnboardingStepDto {
  return {
    ...describe(definition),
    state: check.isDone ? 'done' : 'open',
    note: '',
    blockedReason: null,
    changedBy: check.isDone ? SYSTEM_ACTOR : null,
    changedAt: check.isDone ? (check.doneAt?.toISOString() ?? null) : null,
    check: { checked: check.checked, found: check.found, fixHref: check.fix.href, fixLabel: check.fix.label },
  };
}

function describe(definition: StepDefinition) {
  const { key, phase, title, description, owner, isDerived } = definition;
  return { key, phase, title, description, owner, isDerived };
}
