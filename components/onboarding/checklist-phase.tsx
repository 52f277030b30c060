import type { OnboardingPhaseDto, OnboardingStepDto } from '@/lib/contracts/onboarding';
import { ChecklistStep } from './checklist-step';

export type ChecklistPhaseProps = {
  phase: OnboardingPhaseDto;
  onEdit: (step: OnboardingStepDto) => void;
  isOwner: boolean;
};

export function ChecklistPhase({ phase, onEdit, isOwner }: ChecklistPhaseProps) {
  const done = phase.steps.filter((step) => step.state === 'done').length;
  return (
    <section aria-labelledby={`phase-${phase.key}`} className="rounded-lg border border-zinc-200 bg-white">
      <header className="flex items-baseline justify-between border-b border-zinc-200 px-4 py-2.5">
        <h2 id={`phase-${phase.key}`} className="text-sm font-semibold text-zinc-800">
          {phase.title}
        </h2>
        <p className="text-xs text-zinc-500 tabular-nums">
          {done} of {phase.steps.length} done
        </p>
      </header>
      <ol className="divide-y divide-zinc-100">
        {phase.steps.map((step) => (
          <ChecklistStep key={step.key} step={step} onEdit={onEdit} isOwner={isOwner} />
        ))}
      </ol>
    </section>
  );
}
