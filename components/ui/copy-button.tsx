'use client';

import { useEffect, useRef, useState } from 'react';
import { Button, type ButtonProps } from './button';

export type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  value: string;
  /** Names what is copied for screen readers, e.g. "tenant URL". */
  label?: string;
};

/** Copies a value; falls back to a hidden textarea where the Clipboard API is unavailable (plain http, old browsers). */
export function CopyButton({ value, label = 'value', size = 'sm', ...props }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const isCopied = await copyText(value);
    setState(isCopied ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  const text = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';

  return (
    <Button size={size} onClick={copy} aria-label={`Copy ${label}`} {...props}>
      <span aria-live="polite">{text}</span>
    </Button>
  );
}

async function copyText(value: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch {
      return copyWithTextarea(value);
    }
  }
  return copyWithTextarea(value);
}

function copyWithTextarea(value: string): boolean {
  const textarea = document.createElement('textarea');
  textarea.value = value;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.appendChild(textarea);
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
  }
}
