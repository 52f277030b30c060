import Link from 'next/link';
import { canOpenPage } from '@/components/layout/nav-items';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/client/format-date';
import type { OnboardingStepDto } from '@/lib/contracts/onboarding';
import { STEP_OWNER_LABELS } from '@/lib/contracts/onboarding-steps';
import { StepStateBadge } from './step-state-badge';

export type ChecklistStepProps = {
  step: OnboardingStepDto;
  onEdit: (step: OnboardingStepDto) => void;
  /** The pages that fix a derived step are the owner's; others are told who fixes it. */
  isOwner: boolean;
};

/** One step: owner, state, who changed it and when, its note; a derived step shows what it checked and where to fix it. */
export function ChecklistStep({ step, onEdit, isOwner }: ChecklistStepProps) {
  return (
    <li data-testid={`step-${step.key}`} aria-labelledby={`step-${step.key}-title`} className="px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`step-${step.key}-title`} className="text-sm font-semibold text-zinc-900">
              {step.title}
            </h3>
            <StepStateBadge state={step.state} />
            <Badge tone="neutral">{STEP_OWNER_LABELS[step.owner]}</Badge>
            {step.isDerived ? <Badge tone="info">Checked by Roster</Badge> : null}
          </div>
          <p className="mt-1 text-sm text-zinc-600">{step.description}</p>
          {step.blockedReason ? (
            <p className="mt-1 text-sm text-red-700">
              <span className="font-medium">Blocked:</span> <span data-testid="step-blocked-reason">{step.blockedReason}</span>
            </p>
          ) : null}
          {step.note ? (
            <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">
              <span className="font-medium">Note:</span> {step.note}
            </p>
          ) : null}
          {step.check ? <DerivedCheck check={step.check} isDone={step.state === 'done'} isOwner={isOwner} /> : null}
          {step.changedBy ? (
            <p data-testid="step-changed" className="mt-1 text-xs text-zinc-500">
              {step.isDerived ? 'Ticked' : 'Changed'} by {step.changedBy}
              {step.changedAt ? ` on ${formatDateTime(step.changedAt)}` : ''}
            </p>
          ) : null}
        </div>
        {step.isDerived ? null : (
          <Button size="sm" onClick={() => onEdit(step)} aria-label={`Update ${step.title}`}>
            Update
          </Button>
        )}
      </div>
    </li>
  );
}

/** The fix link when the reader may open it; otherwise, for an open step only, who fixes it. */
function DerivedCheck({ check, isDone, isOwner }: { check: NonNullable<OnboardingStepDto['check']>; isDone: boolean; isOwner: boolean }) {
  const canOpen = canOpenPage(isOwner ? 'owner' : 'success_manager', check.fixHref);
  return (
    <dl className="mt-2 grid gap-x-3 gap-y-0.5 rounded-md bg-zinc-50 px-3 py-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-zinc-600">Checks</dt>
      <dd className="text-zinc-700">{check.checked}</dd>
      <dt className="font-medium text-zinc-600">Found</dt>
      <dd data-testid="step-found" className="text-zinc-800">
        {check.found}{' '}
        {canOpen ? (
          <Link href={check.fixHref} className="font-medium text-blue-700 underline-offset-2 hover:underline">
            {check.fixLabel}
          </Link>
        ) : isDone ? null : (
          <span className="text-zinc-500">The Application Owner fixes this in the console.</span>
        )}
      </dd>
    </dl>
  );
}
