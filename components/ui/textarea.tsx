import type { Ref, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { CONTROL_CLASS } from './input';

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cn(CONTROL_CLASS, 'py-1.5', className)} {...props} />;
}
