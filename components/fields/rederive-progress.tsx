'use client';

import { useQuery } from '@tanstack/react-query';
import { rederiveJobQuery } from '@/lib/client/fields';

/** Shows a field's re-derivation while it runs, and a failure if the last one failed. */
export function RederiveProgress({ fieldId }: { fieldId: string }) {
  const { data } = useQuery(rederiveJobQuery(fieldId));
  const job = data?.job;
  if (!job || job.status === 'done') return null;

  if (job.status === 'failed') {
    return (
      <p role="alert" className="mt-1 text-xs text-red-700">
        Re-deriving stopped after {job.processed} of {job.total} users{job.error ? `: ${job.error}` : ''}.
      </p>
    );
  }

  const percent = job.total === 0 ? 0 : Math.round((job.processed / job.total) * 100);
  return (
    <div className="mt-1.5 w-48" data-testid="rederive-progress">
      <div
        role="progressbar"
        aria-label="Re-deriving users"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.processed}
        className="h-1.5 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-0.5 text-xs text-zinc-500">
        {job.status === 'queued' ? 'Queued' : `Re-deriving: ${job.processed} of ${job.total} users`}
      </p>
    </div>
  );
}
