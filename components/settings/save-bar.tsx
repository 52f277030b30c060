import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

export type SaveBarProps = {
  isDirty: boolean;
  isPending: boolean;
  status?: ReactNode;
  label?: string;
};

export function SaveBar({ isDirty, isPending, status, label = 'Save' }: SaveBarProps) {
  return (
    <div className="mt-5 flex items-center gap-3">
      <Button type="submit" variant="primary" disabled={!isDirty} isLoading={isPending}>
        {label}
      </Button>
      {status ? <p className="text-xs text-zinc-500">{status}</p> : null}
    </div>
  );
}
