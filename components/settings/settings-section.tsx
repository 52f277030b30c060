import type { ReactNode } from 'react';

export type SettingsSectionProps = {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
};

export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-zinc-900">
        {title}
      </h2>
      <p className="mt-1 mb-4 max-w-3xl text-sm text-zinc-600">{description}</p>
      {children}
    </section>
  );
}
