import type { CSSProperties } from 'react';
import type { ActivityBucketDto, ActivityBucketSize } from '@/lib/contracts/audit';

const WIDTH = 800;
const HEIGHT = 160;
const GAP_RATIO = 0.2;

const HOUR_LABEL = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const DAY_LABEL = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const NUMBER = new Intl.NumberFormat();

export type ActivityChartProps = { buckets: ActivityBucketDto[]; bucket: ActivityBucketSize };

function count(value: number, one: string, many: string): string {
  return `${NUMBER.format(value)} ${value === 1 ? one : many}`;
}

function label(iso: string, bucket: ActivityBucketSize): string {
  return (bucket === 'hour' ? HOUR_LABEL : DAY_LABEL).format(new Date(iso));
}

/**
 * The identity provider's requests and failures per bucket as an inline SVG bar chart: failures are drawn over the
 * requests they are part of, console actions (changes, connection tests) stacked above in grey, never counted as
 * requests. Screen readers get a one-line summary, and the same numbers are one click away as a table.
 */
export function ActivityChart({ buckets, bucket }: ActivityChartProps) {
  const requests = buckets.reduce((sum, entry) => sum + entry.requests, 0);
  const failures = buckets.reduce((sum, entry) => sum + entry.failures, 0);
  const consoleActions = buckets.reduce((sum, entry) => sum + entry.consoleActions, 0);
  const max = Math.max(1, ...buckets.map((entry) => entry.requests + entry.consoleActions));
  const slot = WIDTH / Math.max(1, buckets.length);
  const barWidth = Math.max(1, slot * (1 - GAP_RATIO));
  const unit = bucket === 'hour' ? 'hour' : 'day';
  const summary =
    buckets.length === 0
      ? 'No data for this range.'
      : `${count(requests, 'request', 'requests')}, ${NUMBER.format(failures)} failed, ${count(consoleActions, 'console action', 'console actions')}, per ${unit} from ${label(buckets[0].bucketStart, bucket)} to ${label(buckets.at(-1)!.bucketStart, bucket)}.`;
  const ticks = buckets.length > 0 ? [...new Set([0, Math.floor((buckets.length - 1) / 2), buckets.length - 1])] : [];

  return (
    <figure className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="activity-chart">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-sm font-semibold text-zinc-800">Activity per {unit}</span>
        <span className="flex flex-wrap items-center gap-4 text-xs text-zinc-600">
          <Swatch className="bg-blue-500" label={`IdP requests (${NUMBER.format(requests)})`} />
          <Swatch className="bg-red-500" label={`Failures (${NUMBER.format(failures)})`} />
          <Swatch className="bg-zinc-400" label={`Console actions (${NUMBER.format(consoleActions)})`} />
        </span>
      </figcaption>

      <div className="mt-3 flex gap-2">
        <div aria-hidden="true" className="flex h-40 flex-col justify-between text-right text-[11px] text-zinc-500 tabular-nums">
          <span>{NUMBER.format(max)}</span>
          <span>0</span>
        </div>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={summary} className="h-40 w-full">
          <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="stroke-zinc-300" strokeWidth="1" />
          {buckets.map((entry, index) => {
            const x = index * slot + (slot - barWidth) / 2;
            const total = (entry.requests / max) * HEIGHT;
            const failed = (entry.failures / max) * HEIGHT;
            const actions = (entry.consoleActions / max) * HEIGHT;
            return (
              <g key={entry.bucketStart}>
                <title>{`${label(entry.bucketStart, bucket)}: ${count(entry.requests, 'request', 'requests')}, ${entry.failures} failed, ${count(entry.consoleActions, 'console action', 'console actions')}`}</title>
                <rect x={x} y={HEIGHT - total} width={barWidth} height={total} className="fill-blue-500" />
                {failed > 0 ? <rect x={x} y={HEIGHT - failed} width={barWidth} height={failed} className="fill-red-500" /> : null}
                {actions > 0 ? <rect x={x} y={HEIGHT - total - actions} width={barWidth} height={actions} className="fill-zinc-400" /> : null}
              </g>
            );
          })}
        </svg>
      </div>
      <div aria-hidden="true" className="relative mt-1 ml-8 h-4 text-[11px] text-zinc-500">
        {ticks.map((index) => (
          <span
            key={index}
            className="absolute whitespace-nowrap"
            style={tickPosition(index, buckets.length)}
          >
            {label(buckets[index].bucketStart, bucket)}
          </span>
        ))}
      </div>

      <p className="sr-only">{summary}</p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-zinc-600 hover:text-zinc-900">Show the numbers as a table</summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <table className="w-full text-left text-xs">
            <thead>
              <tr className="text-zinc-500">
                <th scope="col" className="py-1 font-medium">{bucket === 'hour' ? 'Hour' : 'Day'}</th>
                <th scope="col" className="py-1 text-right font-medium">Requests</th>
                <th scope="col" className="py-1 text-right font-medium">Failures</th>
                <th scope="col" className="py-1 text-right font-medium">Console actions</th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {buckets.map((entry) => (
                <tr key={entry.bucketStart} className="border-t border-zinc-100">
                  <td className="py-1">{label(entry.bucketStart, bucket)}</td>
                  <td className="py-1 text-right">{entry.requests}</td>
                  <td className="py-1 text-right">{entry.failures}</td>
                  <td className="py-1 text-right">{entry.consoleActions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Labels sit under their bar; the first and last align with the chart's edges so that they stay inside it. */
function tickPosition(index: number, count: number): CSSProperties {
  if (count > 1 && index === 0) return { left: 0 };
  if (count > 1 && index === count - 1) return { right: 0 };
  return { left: `${((index + 0.5) / count) * 100}%`, transform: 'translateX(-50%)' };
}

function Swatch({ className, label: text }: { className: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${className}`} />
      {text}
    </span>
  );
}
