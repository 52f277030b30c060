import { cn } from '@/components/ui/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';

/** A link that looks like a secondary button (downloads and "open in…" links are links, not buttons). */
export const LINK_BUTTON_CLASS = cn(
  'inline-flex h-9 items-center rounded-md border border-zinc-300 bg-white px-3.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50',
  FOCUS_RING,
);
