'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { cn } from './cn';
import { FOCUS_RING } from './focus-ring';

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export type DialogContentProps = {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Set false while a dialog must not be dismissed (for example while a one-time secret is unconfirmed). */
  isDismissible?: boolean;
};

/** A modal panel: Radix traps focus, closes on Esc, restores focus and labels it by its title. */
export function DialogContent({ title, description, children, className, isDismissible = true }: DialogContentProps) {
  const block = (event: Event) => {
    if (!isDismissible) event.preventDefault();
  };

  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
      <RadixDialog.Content
        onEscapeKeyDown={block}
        onPointerDownOutside={block}
        onInteractOutside={block}
        {...(description ? {} : { 'aria-describedby': undefined })}
        className={cn(
          'fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2',
          'overflow-y-auto rounded-lg border border-zinc-200 bg-white p-5 shadow-xl focus:outline-none',
          className,
        )}
      >
        <div className="mb-4 pr-8">
          <RadixDialog.Title className="text-base font-semibold text-zinc-900">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="mt-1 text-sm text-zinc-600">{description}</RadixDialog.Description>
          ) : null}
        </div>
        {children}
        {isDismissible ? (
          <RadixDialog.Close
            aria-label="Close"
            className={cn(
              'absolute top-3 right-3 rounded p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800',
              FOCUS_RING,
            )}
          >
            <span aria-hidden="true" className="block size-4 text-center leading-4">
              ×
            </span>
          </RadixDialog.Close>
        ) : null}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

export function DialogFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('mt-5 flex justify-end gap-2', className)}>{children}</div>;
}
