'use client';

import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/client/fetch-json';
import { Button } from './button';
import { DialogClose, DialogFooter } from './dialog';

export type DialogSubmitFooterProps = {
  submitLabel: ReactNode;
  isPending: boolean;
  /** The failed request's error, shown above the buttons; nothing when the last attempt did not fail. */
  error?: unknown;
  /** Said after the error, for example that nothing was saved. */
  errorNote?: string;
  isSubmitDisabled?: boolean;
  tone?: 'primary' | 'danger';
  /** Without it the submit button submits its form. */
  onSubmit?: () => void;
};

/** A dialog's last lines: the error of the last attempt, Cancel (closes the dialog) and the action. */
export function DialogSubmitFooter({
  submitLabel,
  isPending,
  error,
  errorNote,
  isSubmitDisabled = false,
  tone = 'primary',
  onSubmit,
}: DialogSubmitFooterProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="mt-3 text-sm font-medium text-red-600">
          {errorMessage(error)}
          {errorNote ? ` ${errorNote}` : null}
        </p>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button disabled={isPending}>Cancel</Button>
        </DialogClose>
        <Button
          type={onSubmit ? 'button' : 'submit'}
          variant={tone}
          disabled={isSubmitDisabled}
          isLoading={isPending}
          onClick={onSubmit}
        >
          {submitLabel}
        </Button>
      </DialogFooter>
    </>
  );
}
