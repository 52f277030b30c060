import { describe, expect, it } from 'vitest';
import type { OnboardingStepDto, StepState } from '@/lib/contracts/onboarding';
import { ONBOARDING_STEPS } from '@/lib/contracts/onboarding-steps';
import { measureProgress, summarizeChecklist } from './summarize-checklist';

const checklist = (states: Partial<Record<string, StepState>>, reasons: Record<string, string> = {}): OnboardingStepDto[] =>
  ONBOARDING_STEPS.map((step) => ({
    ...step,
    state: states[step.key] ?? 'open',
    note: '',
    blockedReason: reasons[step.key] ?? null,
    changedBy: null,
    changedAt: null,
    check: null,
  }));

const allDone = Object.fromEntries(ONBOARDING_STEPS.map((step) => [step.key, 'done' as const]));

describe('measureProgress', () => {
  it.each([
    [{}, { done: 0, total: 11, percent: 0 }],
    [{ saml_integration: 'done', saml_configuration_document: 'done', scim_module_activated: 'in_progress' }, { done: 2, total: 11, percent: 18 }],
    [allDone, { done: 11, total: 11, percent: 100 }],
  ] as const)('%o → %o', (states, progress) => {
    expect(measureProgress(checklist(states))).toEqual(progress);
  });
});

describe('summarizeChecklist', () => {
  it('gives progress, what blocks and why, and the next three steps with their owners', () => {
    const steps = checklist(
      { saml_integration: 'done', saml_configuration_document: 'blocked', scim_configured_in_idp: 'in_progress' },
      { saml_configuration_document: 'waiting for the signed document' },
    );
    expect(summarizeChecklist(steps, 'acme.example.com')).toBe(
      'SCIM onboarding for acme.example.com: 1 of 11 steps done (9%). ' +
        'Blocked: SAML configuration document completed (waiting for the signed document). ' +
        'Next: SCIM configured in the identity provider (Customer IT, in progress); SCIM module activated (Application team); User configuration (Application team).',
    );
  });

  it('says provisioning is live when everything is done', () => {
    expect(summarizeChecklist(checklist(allDone), null)).toBe('SCIM onboarding: all 11 steps done; provisioning is live.');
  });
});
