'use client';

import type { ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { errorMessage } from '@/lib/client/fetch-json';

/**
 * Renders the one toast region (an aria-live list, keyboard-reachable with Alt+T). Top centre: the page's actions sit
 * in the header's right corner and at the right of each section, where a corner toast would cover them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster position="top-center" richColors closeButton duration={5000} />
    </>
  );
}

const TOASTS = {
  success: (message: string) => {
    toast.success(message);
  },
  info: (message: string) => {
    toast(message);
  },
  /** Shows an ApiClientError's message, so the server's actionable wording reaches the user. */
  error: (error: unknown, title?: string) => {
    toast.error(title ?? errorMessage(error), title ? { description: errorMessage(error) } : undefined);
  },
};

export type Toasts = typeof TOASTS;

export function useToast(): Toasts {
  return TOASTS;
}
