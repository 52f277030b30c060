'use client';

import type { ReactNode } from 'react';
import { Dialog, DialogContent } from './dialog';
import { DialogSubmitFooter } from './dialog-submit-footer';

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'default';
  isPending?: boolean;
  onConfirm: () => void;
  children?: ReactNode;
};

/** Asks before a consequential action; the confirm button names the action rather than saying "OK". */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  tone = 'danger',
  isPending = false,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={title} description={description}>
        {children}
        <DialogSubmitFooter
          submitLabel={confirmLabel}
          tone={tone === 'danger' ? 'danger' : 'primary'}
          isPending={isPending}
          onSubmit={onConfirm}
        />
      </DialogContent>
    </Dialog>
  );
}
