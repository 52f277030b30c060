'use client';

import { useState } from 'react';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useRotateApiKey } from '@/lib/client/api-keys';
import { errorMessage } from '@/lib/client/fetch-json';
import { formatDateTime } from '@/lib/client/format-date';
import type { ApiKeyDto } from '@/lib/contracts/api-keys';
import { ROTATION_GRACE_PRESETS } from '@/lib/contracts/tokens';
import { API_KEY_SECRET_KIND } from './api-key-secret-kind';

export type RotateApiKeyDialogProps = {
  apiKey: ApiKeyDto | null;
  onOpenChange: (open: boolean) => void;
  onRotated: (revealed: RevealedSecret) => void;
};

export function RotateApiKeyDialog({ apiKey, onOpenChange, onRotated }: RotateApiKeyDialogProps) {
  const [graceDays, setGraceDays] = useState<number>(7);
  const rotate = useRotateApiKey();

  const submit = () => {
    if (!apiKey) return;
    rotate.mutate(
      { id: apiKey.id, graceDays },
      {
        onSuccess: ({ apiKey: successor, secret, previous }) => {
          onOpenChange(false);
          onRotated({
            tokenName: successor.name,
            secret,
            kind: API_KEY_SECRET_KIND,
            note: `The old key keeps working until ${formatDateTime(previous.expiresAt)}. Deploy the new secret before then.`,
          });
        },
      },
    );
  };

  return (
    <Dialog open={apiKey !== null} onOpenChange={onOpenChange}>
      {apiKey ? (
        <DialogContent
          title={`Rotate "${apiKey.name}"`}
          description="Creates a new key beside this one. The old key keeps working for the grace period, so the application can switch without a gap."
        >
          <Field id="rotate-api-key-grace" label="Old key keeps working for">
            <Select value={graceDays} onChange={(event) => setGraceDays(Number(event.target.value))}>
              <option value={0}>No grace period — stop it now</option>
              {ROTATION_GRACE_PRESETS.map((days) => (
                <option key={days} value={days}>
                  {days} {days === 1 ? 'day' : 'days'}
                </option>
              ))}
            </Select>
          </Field>
          {rotate.isError ? (
            <p role="alert" className="mt-3 text-sm font-medium text-red-600">
              {errorMessage(rotate.error)}
            </p>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button disabled={rotate.isPending}>Cancel</Button>
            </DialogClose>
            <Button variant="primary" isLoading={rotate.isPending} onClick={submit}>
              Rotate key
            </Button>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
