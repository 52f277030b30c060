import type { ReactNode } from 'react';
import { ConsoleShell } from '@/components/layout/console-shell';
import { requireSession } from '@/lib/auth/guards';

// Convenience only: every page under here checks its own role too.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireSession();
  return <ConsoleShell actor={actor}>{children}</ConsoleShell>;
}
