import type { Ref, SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { CONTROL_CLASS } from './input';

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };

/** A native select: keyboard and screen-reader behaviour come from the browser. */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <select className={cn(CONTROL_CLASS, 'h-9 pr-8', className)} {...props}>
      {children}
    </select>
  );
}
