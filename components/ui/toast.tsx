'use client';

import type { ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { errorMessage } from '@/lib/client/fetch-json';

/** Renders the one toast region (an aria-live list, keyboard-reachable with Alt+T). */
export function ToastProvider({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster position="bottom-right" richColors closeButton duration={5000} />
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
