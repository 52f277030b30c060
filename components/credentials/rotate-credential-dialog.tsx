'use client';

import { useState } from 'react';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { ROTATION_GRACE_PRESETS } from '@/lib/contracts/tokens';

/** The react-query mutation that rotates one credential; its result becomes the one-time secret dialog. */
export type RotateMutation<R> = {
  mutate: (variables: { id: string; graceDays: number }, options: { onSuccess: (result: R) => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
};

export type RotateCredentialWording = { description: string; graceLabel: string; submitLabel: string };

export type RotateCredentialDialogProps<R> = {
  credential: { id: string; name: string } | null;
  wording: RotateCredentialWording;
  rotation: RotateMutation<R>;
  toRevealed: (result: R) => RevealedSecret;
  onOpenChange: (open: boolean) => void;
  onRotated: (revealed: RevealedSecret) => void;
};

/** Rotates a SCIM token or an API key: a successor beside it, the old one kept for the chosen grace period. */
export function RotateCredentialDialog<R>({ credential, wording, rotation, toRevealed, onOpenChange, onRotated }: RotateCredentialDialogProps<R>) {
  const [graceDays, setGraceDays] = useState<number>(7);

  const submit = () => {
    if (!credential) return;
    rotation.mutate(
      { id: credential.id, graceDays },
      {
        onSuccess: (result) => {
          onOpenChange(false);
          onRotated(toRevealed(result));
        },
      },
    );
  };

  return (
    <Dialog open={credential !== null} onOpenChange={onOpenChange}>
      {credential ? (
        <DialogContent title={`Rotate "${credential.name}"`} description={wording.description}>
          <Field id="rotate-grace" label={wording.graceLabel}>
            <Select value={graceDays} onChange={(event) => setGraceDays(Number(event.target.value))}>
              <option value={0}>No grace period — stop it now</option>
              {ROTATION_GRACE_PRESETS.map((days) => (
                <option key={days} value={days}>
                  {days} {days === 1 ? 'day' : 'days'}
                </option>
              ))}
            </Select>
          </Field>
          <DialogSubmitFooter
            submitLabel={wording.submitLabel}
            error={rotation.error}
            isPending={rotation.isPending}
            onSubmit={submit}
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
