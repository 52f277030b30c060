import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';

export type CopyableValueProps = {
  label: string;
  value: string;
  /** Shown under the value: where to enter it, or a caveat. */
  hint?: ReactNode;
  testId?: string;
};

/** A value someone types into the identity provider: shown as code, with a copy button named after it. */
export function CopyableValue({ label, value, hint, testId }: CopyableValueProps) {
  return (
    <div className="py-2">
      <dt className="text-sm font-medium text-zinc-800">{label}</dt>
      <dd className="mt-1">
        <div className="flex flex-wrap items-center gap-2">
          <code data-testid={testId} className="rounded-md bg-zinc-100 px-2.5 py-1.5 font-mono text-sm break-all text-zinc-900">
            {value}
          </code>
          <CopyButton value={value} label={label} />
        </div>
        {hint ? <p className="mt-1 text-xs text-zinc-500">{hint}</p> : null}
      </dd>
    </div>
  );
}
