import { z } from 'zod';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { STEP_KEYS, type OnboardingPhase, type StepKey, type StepOwner } from './onboarding-steps';

export const STEP_STATES = ['open', 'in_progress', 'done', 'blocked'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const STEP_STATE_LABELS: Record<StepState, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export const stepKeyParamsSchema = z.object({
  key: z.enum(STEP_KEYS, { error: 'Unknown onboarding step' }),
});

/** A manual step's change: a new state (a blocked step needs its reason; other states ignore one), a note, or both. */
export const updateStepBodySchema = z
  .object({
    state: z.enum(STEP_STATES, { error: 'state must be open, in_progress, done or blocked' }).optional(),
    blockedReason: z
      .string({ error: 'Say in words what blocks the step' })
      .trim()
      .max(500, { error: 'Keep the reason under 500 characters' })
      .optional(),
    note: z.string({ error: 'note must be text' }).trim().max(2000, { error: 'Keep the note under 2000 characters' }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.state === undefined && body.note === undefined) {
      ctx.addIssue({ code: 'custom', path: ['state'], message: 'Send a new state, a note, or both' });
    }
    if (body.state === 'blocked' && !body.blockedReason) {
      ctx.addIssue({ code: 'custom', path: ['blockedReason'], message: 'Say what blocks the step' });
    }
  });
export type UpdateStepBody = z.infer<typeof updateStepBodySchema>;

/** What a derived step checked, what it found and the page that fixes it. */
export type StepCheckDto = { checked: string; found: string; fixHref: string; fixLabel: string };

export type OnboardingStepDto = {
  key: StepKey;
  phase: OnboardingPhase;
  title: string;
  description: string;
  owner: StepOwner;
  isDerived: boolean;
  state: StepState;
  note: string;
  blockedReason: string | null;
  /** The console user who last changed a manual step, or "Roster" for a derived step the data ticked. */
  changedBy: string | null;
  changedAt: string | null;
  check: StepCheckDto | null;
};

export type OnboardingPhaseDto = { key: OnboardingPhase; title: string; steps: OnboardingStepDto[] };

export type ChecklistDto = {
  phases: OnboardingPhaseDto[];
  progress: { done: number; total: number; percent: number };
  /** One line a success manager can paste into an email. */
  summary: string;
  /** `https://{application_domain}/scim/v2`, or null while the domain is not set. */
  tenantUrl: string | null;
};

export type UpdatedStepDto = { step: OnboardingStepDto };

/** The values the IdP setup guide shows; readable by owners and success managers. */
export type SetupGuideDto = { applicationDomain: string | null; fields: AppFieldDto[] };
