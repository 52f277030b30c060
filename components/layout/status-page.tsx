import type { ReactNode } from 'react';

export type StatusPageProps = { status: string; title: string; children: ReactNode };

/** A full-page message for refusals and missing pages, readable without the console shell. */
export function StatusPage({ status, title, children }: StatusPageProps) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-blue-700">{status}</p>
      <h1 className="mt-2 text-2xl font-semibold text-zinc-900">{title}</h1>
      <p className="mt-3 text-sm text-zinc-600">{children}</p>
    </main>
  );
}
