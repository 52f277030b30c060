'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useUpdateStep } from '@/lib/client/onboarding';
import {
  STEP_STATE_LABELS,
  STEP_STATES,
  updateStepBodySchema,
  type OnboardingStepDto,
  type UpdateStepBody,
} from '@/lib/contracts/onboarding';

export type StepEditorDialogProps = {
  step: OnboardingStepDto | null;
  onOpenChange: (open: boolean) => void;
};

/** Sets a manual step's state (a blocked step says why) and its note. */
export function StepEditorDialog({ step, onOpenChange }: StepEditorDialogProps) {
  return (
    <Dialog open={step !== null} onOpenChange={onOpenChange}>
      {step ? (
        <DialogContent title={`Update “${step.title}”`} description={step.description}>
          <StepEditorForm step={step} onDone={() => onOpenChange(false)} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function StepEditorForm({ step, onDone }: { step: OnboardingStepDto; onDone: () => void }) {
  const update = useUpdateStep();
  const toast = useToast();
  const form = useForm<UpdateStepBody>({
    resolver: zodResolver(updateStepBodySchema),
    defaultValues: { state: step.state, blockedReason: step.blockedReason ?? '', note: step.note },
  });
  const { errors } = form.formState;
  const isBlocked = useWatch({ control: form.control, name: 'state' }) === 'blocked';

  const submit = form.handleSubmit((body) =>
    update.mutate(
      { key: step.key, state: body.state, note: body.note, ...(body.state === 'blocked' ? { blockedReason: body.blockedReason } : {}) },
      {
        onSuccess: () => {
          toast.success(`“${step.title}” updated.`);
          onDone();
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="step-state" label="State" error={errors.state?.message}>
        <Select {...form.register('state')}>
          {STEP_STATES.map((state) => (
            <option key={state} value={state}>
              {STEP_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
      </Field>
      {isBlocked ? (
        <Field id="step-reason" label="What blocks it" hint="Shown on the checklist and in the summary line." error={errors.blockedReason?.message}>
          <Textarea rows={2} autoFocus {...form.register('blockedReason')} />
        </Field>
      ) : null}
      <Field id="step-note" label="Note" hint="Optional: who to chase, what was agreed." error={errors.note?.message}>
        <Textarea rows={3} {...form.register('note')} />
      </Field>
      <DialogSubmitFooter
        submitLabel="Save"
        error={update.error}
        isPending={update.isPending}
      />
    </form>
  );
}
