import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from './cn';
import { FOCUS_RING } from './focus-ring';

export const CONTROL_CLASS = cn(
  'block w-full rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs',
  'placeholder:text-zinc-400 disabled:cursor-not-allowed disabled:bg-zinc-100 disabled:text-zinc-500',
  'aria-invalid:border-red-500',
  FOCUS_RING,
  'focus-visible:outline-offset-0',
);

export type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

export function Input({ className, ...props }: InputProps) {
  return <input className={cn(CONTROL_CLASS, 'h-9', className)} {...props} />;
}
