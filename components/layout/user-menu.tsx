'use client';

import { useQueryClient } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { type ConsoleActor } from '@/lib/auth/console-roles';
import { CONSOLE_ROLE_LABELS } from '@/lib/contracts/auth';

export function UserMenu({ actor }: { actor: ConsoleActor }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isSigningOut, setIsSigningOut] = useState(false);

  const signOutAndLeave = async () => {
    setIsSigningOut(true);
    await signOut({ redirect: false });
    // Nothing fetched for this user may be shown to whoever signs in next in this tab.
    queryClient.clear();
    router.replace('/login');
    router.refresh();
  };

  return (
    <div className="flex items-center gap-3" data-testid="user-menu">
      <div className="text-right leading-tight">
        <p className="text-sm font-medium text-zinc-900">{actor.name || actor.email}</p>
        <p className="text-xs text-zinc-500">
          {actor.name ? `${actor.email} · ` : ''}
          {CONSOLE_ROLE_LABELS[actor.role]}
        </p>
      </div>
      <Button size="sm" onClick={signOutAndLeave} isLoading={isSigningOut}>
        Sign out
      </Button>
    </div>
  );
}
