import { errorMessage } from '@/lib/client/fetch-json';
import { Button } from './button';
import { cn } from './cn';

export type ErrorStateProps = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  className?: string;
};

export function ErrorState({ error, title = 'This could not be loaded', onRetry, className }: ErrorStateProps) {
  return (
    <div role="alert" className={cn('rounded-lg border border-red-200 bg-red-50 px-4 py-3', className)}>
      <p className="text-sm font-semibold text-red-800">{title}</p>
      <p className="mt-1 text-sm text-red-700">{errorMessage(error)}</p>
      {onRetry ? (
        <Button size="sm" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
