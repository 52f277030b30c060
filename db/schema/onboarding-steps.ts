import { pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const stepState = pgEnum('step_state', ['open', 'in_progress', 'done', 'blocked']);

/** Manual onboarding steps' state; the catalogue of steps lives in lib/onboarding/steps.ts. */
export const onboardingSteps = pgTable('onboarding_steps', {
  key: text('key').primaryKey(),
  state: stepState('state').notNull().default('open'),
  note: text('note').notNull().default(''),
  blockedReason: text('blocked_reason'),
  changedBy: text('changed_by'),
  changedAt: timestamp('changed_at', { withTimezone: true }),
});
