import type { ReactNode } from 'react';

export type GuideStepProps = {
  number: number;
  title: string;
  /** An anchor other pages link to, e.g. `tenant-url`. */
  id?: string;
  children: ReactNode;
};

/** One numbered step of an identity provider guide. */
export function GuideStep({ number, title, id, children }: GuideStepProps) {
  return (
    <li id={id} className="scroll-mt-6 px-4 py-4">
      <div className="flex gap-3">
        <span
          aria-hidden="true"
          className="flex size-6 shrink-0 items-center justify-center rounded-full bg-blue-50 text-xs font-semibold text-blue-800 ring-1 ring-blue-200"
        >
          {number}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
          <div className="mt-1 space-y-2 text-sm text-zinc-700">{children}</div>
        </div>
      </div>
    </li>
  );
}

/** A guide for one identity provider: a titled, ordered list of steps. */
export function Guide({ id, title, description, children }: { id: string; title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200 bg-white">
      <header className="border-b border-zinc-200 px-4 py-3">
        <h2 id={id} className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        <p className="mt-0.5 text-sm text-zinc-600">{description}</p>
      </header>
      <ol className="divide-y divide-zinc-100">{children}</ol>
    </section>
  );
}
