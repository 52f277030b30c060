'use client';

import type { FormEventHandler, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useIsHydrated } from '@/lib/client/use-is-hydrated';

export type PasswordFormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Why the last attempt failed, shown above the button; nothing when it did not. */
  failure: string | null;
  submitLabel: string;
  isPending: boolean;
  children: ReactNode;
};

/**
 * A form that carries a password before anyone is signed in (sign-in, first owner): disabled until the page has
 * hydrated, then its fields, the last attempt's failure and one full-width submit button.
 */
export function PasswordForm({ onSubmit, failure, submitLabel, isPending, children }: PasswordFormProps) {
  const isHydrated = useIsHydrated();
  return (
    // method="post": should the browser ever submit it itself, the password goes in a body, never in the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset disabled={!isHydrated} className="space-y-4">
        {children}
        {failure ? (
          <p role="alert" className="text-sm font-medium text-red-600">
            {failure}
          </p>
        ) : null}
        <Button type="submit" variant="primary" className="w-full" isLoading={isPending}>
          {submitLabel}
        </Button>
      </fieldset>
    </form>
  );
}
