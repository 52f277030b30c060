import type { OnboardingStepDto } from '@/lib/contracts/onboarding';
import { STEP_OWNER_LABELS } from '@/lib/contracts/onboarding-steps';

const NEXT_SHOWN = 3;

export type ChecklistProgress = { done: number; total: number; percent: number };

export function measureProgress(steps: OnboardingStepDto[]): ChecklistProgress {
  const done = steps.filter((step) => step.state === 'done').length;
  const total = steps.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/**
 * The line a success manager pastes into an email: progress, what is blocked and why, and what comes next
 * with who owns it. Plain text, no markup, so it survives any mail client.
 */
export function summarizeChecklist(steps: OnboardingStepDto[], applicationDomain: string | null): string {
  const { done, total, percent } = measureProgress(steps);
  const subject = applicationDomain ? `SCIM onboarding for ${applicationDomain}` : 'SCIM onboarding';
  if (done === total) return `${subject}: all ${total} steps done; provisioning is live.`;

  const parts = [`${subject}: ${done} of ${total} steps done (${percent}%).`];
  const blocked = steps.filter((step) => step.state === 'blocked');
  if (blocked.length > 0) {
    parts.push(`Blocked: ${blocked.map((step) => `${step.title} (${step.blockedReason ?? 'no reason given'})`).join('; ')}.`);
  }
  const next = steps.filter((step) => step.state === 'open' || step.state === 'in_progress').slice(0, NEXT_SHOWN);
  if (next.length > 0) {
    const described = next.map((step) => {
      const progress = step.state === 'in_progress' ? ', in progress' : '';
      return `${step.title} (${STEP_OWNER_LABELS[step.owner]}${progress})`;
    });
    parts.push(`Next: ${described.join('; ')}.`);
  }
  return parts.join(' ');
}
