import { CopyButton } from '@/components/ui/copy-button';
import type { ChecklistDto } from '@/lib/contracts/onboarding';

/** The overall progress bar and the summary line a success manager pastes into an email. */
export function ChecklistProgress({ progress, summary }: Pick<ChecklistDto, 'progress' | 'summary'>) {
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-zinc-200 bg-white p-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="progress-heading" className="text-sm font-semibold text-zinc-800">
          Progress
        </h2>
        <p className="text-sm text-zinc-600 tabular-nums">
          {progress.done} of {progress.total} steps done
        </p>
      </div>
      <div
        role="progressbar"
        aria-labelledby="progress-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}% (${progress.done} of ${progress.total} steps done)`}
        className="mt-2 h-2.5 overflow-hidden rounded-full bg-zinc-100"
      >
        <div className="h-full rounded-full bg-green-600 transition-[width]" style={{ width: `${progress.percent}%` }} />
      </div>

      <div className="mt-4">
        <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Summary for an email</p>
        <div className="mt-1 flex items-start gap-3">
          <p data-testid="checklist-summary" className="flex-1 rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-800">
            {summary}
          </p>
          <CopyButton value={summary} label="summary" />
        </div>
      </div>
    </section>
  );
}
