import type { ReactNode } from 'react';

export type AuthCardProps = { title: string; description?: ReactNode; children: ReactNode };

/** The centred card that login and owner setup share, outside the console shell. */
export function AuthCard({ title, description, children }: AuthCardProps) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight text-zinc-900">Roster</p>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-zinc-900">{title}</h1>
          {description ? <div className="mt-1 text-sm text-zinc-600">{description}</div> : null}
          <div className="mt-5">{children}</div>
        </div>
      </div>
    </main>
  );
}
