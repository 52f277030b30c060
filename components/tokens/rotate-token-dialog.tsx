'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/client/fetch-json';
import { formatDateTime } from '@/lib/client/format-date';
import { useRotateToken } from '@/lib/client/tokens';
import { ROTATION_GRACE_PRESETS, type TokenDto } from '@/lib/contracts/tokens';
import type { RevealedSecret } from './token-secret-reveal';

export type RotateTokenDialogProps = {
  token: TokenDto | null;
  onOpenChange: (open: boolean) => void;
  onRotated: (revealed: RevealedSecret) => void;
};

export function RotateTokenDialog({ token, onOpenChange, onRotated }: RotateTokenDialogProps) {
  const [graceDays, setGraceDays] = useState<number>(7);
  const rotate = useRotateToken();

  const submit = () => {
    if (!token) return;
    rotate.mutate(
      { id: token.id, graceDays },
      {
        onSuccess: ({ token: successor, secret, previous }) => {
          onOpenChange(false);
          onRotated({
            tokenName: successor.name,
            secret,
            note: `"${previous.name}" keeps working until ${formatDateTime(previous.expiresAt)}. Switch the identity provider to the new secret before then.`,
          });
        },
      },
    );
  };

  return (
    <Dialog open={token !== null} onOpenChange={onOpenChange}>
      {token ? (
        <DialogContent
          title={`Rotate "${token.name}"`}
          description="Creates a new token beside this one. The old token keeps working for the grace period, so the identity provider can switch without a gap."
        >
          <Field id="rotate-grace" label="Old token keeps working for">
            <Select value={graceDays} onChange={(e) => setGraceDays(Number(e.target.value))}>
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
              Rotate token
            </Button>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
