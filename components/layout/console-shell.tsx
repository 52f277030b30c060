import Link from 'next/link';
import type { ReactNode } from 'react';
import { TokenExpiryBanner } from '@/components/tokens/token-expiry-banner';
import { WebhookFailureBanner } from '@/components/webhooks/webhook-failure-banner';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { ConsoleNav } from './console-nav';
import { navSectionsFor } from './nav-items';
import { UserMenu } from './user-menu';

/** The signed-in frame of every console page: navigation for the user's role, the user menu, the token and (owners) webhook banners. */
export function ConsoleShell({ actor, children }: { actor: ConsoleActor; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <a
        href="#content"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="w-60 shrink-0 border-r border-zinc-200 bg-white px-3 py-5">
        <Link href="/overview" className="mb-6 block px-2 text-lg font-semibold tracking-tight text-zinc-900">
          Roster
        </Link>
        <ConsoleNav sections={navSectionsFor(actor.role)} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <TokenExpiryBanner canManageTokens={actor.role === 'owner'} />
        {actor.role === 'owner' ? <WebhookFailureBanner /> : null}
        <header className="flex items-center justify-end border-b border-zinc-200 bg-white px-8 py-3">
          <UserMenu actor={actor} />
        </header>
        <main id="content" className="flex-1 px-8 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
