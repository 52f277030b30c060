import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STEP_STATE_LABELS, type StepState } from '@/lib/contracts/onboarding';

const TONES: Record<StepState, BadgeTone> = { open: 'neutral', in_progress: 'info', done: 'success', blocked: 'danger' };

export function StepStateBadge({ state }: { state: StepState }) {
  return (
    <Badge tone={TONES[state]} data-testid="step-state">
      {STEP_STATE_LABELS[state]}
    </Badge>
  );
}
