'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ChecklistPhase } from '@/components/onboarding/checklist-phase';
import { ChecklistProgress } from '@/components/onboarding/checklist-progress';
import { IdpSettingsCard } from '@/components/onboarding/idp-settings-card';
import { StepEditorDialog } from '@/components/onboarding/step-editor-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { checklistQuery } from '@/lib/client/onboarding';
import type { OnboardingStepDto } from '@/lib/contracts/onboarding';

export function OnboardingPageClient({ isOwner }: { isOwner: boolean }) {
  const checklist = useQuery(checklistQuery());
  const [editing, setEditing] = useState<OnboardingStepDto | null>(null);

  if (checklist.isPending) return <LoadingState rows={8} label="Loading the checklist…" />;
  if (checklist.isError) return <ErrorState error={checklist.error} onRetry={() => checklist.refetch()} />;

  const { phases, progress, summary, tenantUrl } = checklist.data;
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <ChecklistProgress progress={progress} summary={summary} />
        <IdpSettingsCard tenantUrl={tenantUrl} isOwner={isOwner} />
      </div>
      {phases.map((phase) => (
        <ChecklistPhase key={phase.key} phase={phase} onEdit={setEditing} isOwner={isOwner} />
      ))}
      <StepEditorDialog key={editing?.key ?? 'none'} step={editing} onOpenChange={(open) => !open && setEditing(null)} />
    </div>
  );
}
