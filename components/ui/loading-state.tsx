import { cn } from './cn';

export type LoadingStateProps = {
  /** Number of placeholder rows. */
  rows?: number;
  label?: string;
  className?: string;
};

/** A skeleton in the shape of a list, announced once to screen readers. */
export function LoadingState({ rows = 4, label = 'Loading…', className }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" className={cn('space-y-2', className)}>
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden="true" className="h-9 animate-pulse rounded-md bg-zinc-200/70" />
      ))}
    </div>
  );
}

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded bg-zinc-200/70', className)} />;
}
