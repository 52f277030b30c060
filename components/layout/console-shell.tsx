import Link from 'next/link';
import type { ReactNode } from 'react';
import { TokenExpiryBanner } from '@/components/tokens/token-expiry-banner';
import { WebhookFailureBanner } from '@/components/webhooks/webhook-failure-banner';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { ConsoleNav } from './console-nav';
import { navSectionsFor } from './nav-items';
import { UserMenu } from './user-menu';

/**
 * The signed-in frame of every console page: navigation for the user's role, the user menu, the token and (owners)
 * webhook banners. Below 1024 px the sidebar folds into a "Menu" disclosure above the page, so the content (and its
 * tables) keeps the width.
 */
export function ConsoleShell({ actor, children }: { actor: ConsoleActor; children: ReactNode }) {
  const sections = navSectionsFor(actor.role);
  return (
    <div className="flex min-h-screen flex-col lg:flex-row">
      <a
        href="#content"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="shrink-0 border-b border-zinc-200 bg-white px-3 py-3 lg:w-60 lg:border-r lg:border-b-0 lg:py-5">
        <Link href="/overview" className="block px-2 text-lg font-semibold tracking-tight text-zinc-900 lg:mb-6">
          Roster
        </Link>
        <details data-testid="nav-menu" className="mt-2 lg:hidden">
          <summary className="cursor-pointer px-2 text-sm font-medium text-zinc-700">Menu</summary>
          <div className="mt-3">
            <ConsoleNav sections={sections} />
          </div>
        </details>
        <div className="hidden lg:block">
          <ConsoleNav sections={sections} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <TokenExpiryBanner canManageTokens={actor.role === 'owner'} />
        {actor.role === 'owner' ? <WebhookFailureBanner /> : null}
        <header className="flex items-center justify-end border-b border-zinc-200 bg-white px-4 py-3 lg:px-8">
          <UserMenu actor={actor} />
        </header>
        <main id="content" className="min-w-0 flex-1 px-4 py-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
